Enum.map(list, &(&1 * 2))
Enum.map(list, & &1.name)
Enum.reduce(list, 0, &(&1 + &2))
Enum.sort_by(users, &{&1.last, &1.first})
Enum.map(list, &Integer.to_string/1)
Enum.filter(list, &is_integer/1)
Enum.map(list, &String.pad_leading(&1, 3, "0"))
fun = &(&1)
&(fn x -> x + &1 end)
&(&1 |> f() |> g(&2))
&1
&2 + &3
& &1 + &2
