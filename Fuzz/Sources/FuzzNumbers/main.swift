import FuzzSupport

runFuzzer(fuzzNumbers)
