import FuzzSupport

runFuzzer(fuzzXML)
