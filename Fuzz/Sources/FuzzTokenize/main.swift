import FuzzSupport

runFuzzer(fuzzTokenize)
