# Section 2.4.11: ranges, keyword lists, MapSets and dates are built from simpler types.
range = 1..5
IO.inspect(range)
IO.inspect(3 in range)
IO.inspect(Enum.sum(range))
IO.inspect(Enum.to_list(10..1//-3))

opts = [width: 80, color: :blue]
IO.inspect(opts)
IO.inspect(opts[:width])
IO.inspect(Keyword.get(opts, :height, 24))
IO.inspect(String.split("a-b-c", "-", parts: 2))

days = MapSet.new([:monday, :tuesday, :monday])
IO.inspect(days)
IO.inspect(MapSet.member?(days, :monday))
IO.inspect(MapSet.put(days, :friday))

date = ~D[2023-06-15]
IO.inspect(date)
IO.inspect({date.year, date.month})
IO.inspect(~T[10:30:00])
IO.inspect(~N[2023-06-15 10:30:00])
