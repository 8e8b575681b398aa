range = 1..2
2 in range
-1 in range
Enum.each(1..3, &IO.puts/1)
pid = self()
ref = make_ref()
Enum.to_list(1..10//2)
MapSet.new([1, 2, 3])
~D[2018-01-31]
date = ~D[2018-01-31]
date.year
time = ~T[11:59:12.00007]
naive_datetime = ~N[2018-01-31 11:59:12.000007]
datetime = DateTime.from_naive!(naive_datetime, "Etc/UTC")
