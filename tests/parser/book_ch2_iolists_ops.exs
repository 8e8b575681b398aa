iolist = [[[~c"He"], "llo,"], " worl", "d!"]
IO.puts(iolist)
iolist = []
iolist = [iolist, "This"]
iolist = [iolist, " is"]
iolist = [iolist, " an"]
iolist = [iolist, " IO list."]
1 == 1.0
1 === 1.0
1 != 2
1 !== 1.0
1 < :atom
:a < {:b}
