# Variables bind, rebind, and can be pinned.
x = 1
IO.inspect(x)
x = x + 1
IO.inspect(x)
monthly_salary = 10_000
annual_salary = monthly_salary * 12
IO.inspect(annual_salary)
_ignored = :something
{a, _, c} = {1, 2, 3}
IO.inspect({a, c})
x = 5
^x = 5
IO.puts("pin ok")
result =
  case 7 do
    ^x -> :same
    other -> {:different, other}
  end
IO.inspect(result)
y = if true, do: :inner
IO.inspect(y)
z = 10
f = fn -> z end
z = 20
IO.inspect({f.(), z})
valid? = true
IO.inspect(valid?)
name! = "bang"
IO.inspect(name!)
_ = IO.puts("underscore discards")
[first | _rest] = [1, 2, 3]
IO.inspect(first)
