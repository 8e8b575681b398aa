# ~D, ~T, ~N and ~U build calendar values.
d = ~D[2024-02-29]
IO.inspect(d)
IO.puts(d)
IO.inspect({d.year, d.month, d.day})
t = ~T[13:45:09]
IO.inspect(t)
IO.puts(t)
IO.inspect(~T[08:00:00.123])
n = ~N[2023-12-31 23:59:59]
IO.inspect(n)
IO.puts(n)
u = ~U[2023-06-01 12:00:00Z]
IO.inspect(u)
IO.puts(u)
IO.inspect(Date.to_iso8601(d))
IO.inspect(NaiveDateTime.to_date(n))
IO.inspect(NaiveDateTime.add(n, 1))
IO.inspect(Time.add(t, 3600))
IO.inspect(DateTime.to_unix(u))
IO.inspect(is_struct(d, Date))
IO.inspect([~D[2000-01-01], ~T[00:00:00]])
