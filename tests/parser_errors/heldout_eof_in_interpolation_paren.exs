# The file ends inside a call that is inside an interpolation: the innermost open `(` is reported.
message = "value: #{format(