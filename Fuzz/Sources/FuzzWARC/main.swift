import FuzzSupport

runFuzzer(fuzzWARC)
