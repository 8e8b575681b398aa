# Section 2.4.7: binaries are chunks of bytes; bitstrings need not be whole bytes.
IO.inspect(<<1, 2, 3>>)
IO.inspect(<<300>>)
IO.inspect(<<300::16>>)
IO.inspect(<<1::4, 15::4>>)
IO.inspect(<<1::1, 0::1, 1::1>>)
IO.inspect(byte_size(<<1, 2, 3>>))
IO.inspect(bit_size(<<1::3>>))

# <> concatenates binaries.
IO.inspect(<<1, 2>> <> <<3, 4>>)
IO.inspect(<<"ab", 99>>)
