import FuzzSupport

runFuzzer(fuzzHTML)
