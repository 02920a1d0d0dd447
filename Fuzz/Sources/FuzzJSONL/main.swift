import FuzzSupport

runFuzzer(fuzzJSONL)
