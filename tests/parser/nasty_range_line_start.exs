a
..
b
first
..last
