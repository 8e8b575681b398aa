# Identifiers are NFKC-normalised: the micro sign (U+00B5) reads as the Greek mu (U+03BC).
µs = 1
μs + µs
[µs: 1]
:µs
