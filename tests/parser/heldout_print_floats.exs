# Floats with a whole-number mantissa keep `.0` before the exponent.
[1.0e16, 1.0e-15, 5.0e-10, 5.0e-324, 1.0e-323, 2.0e20, 1.5e300, 1.0e15, 123456789012345680.0]
