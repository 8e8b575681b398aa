# Lists of integers print as charlists only when every element is printable ASCII.
@timeout 5000
size = 64 * 1024
assert Atom.to_charlist(:héllo) == [104, 233, 108, 108, 111]
<<255, 127, 254, 252>>
Date.new(2016, 11, 7)
[0x202A]
[104, 105]
[7, 8, 9, 10, 11, 12, 13, 27]
