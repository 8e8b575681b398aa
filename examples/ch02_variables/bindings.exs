# Section 2.2: variables are names bound to values; binding again rebinds the name.
hourly_rate = 40
hours = 7.5
daily_pay = hourly_rate * hours
IO.inspect(daily_pay)

# Rebinding does not change the old value, it gives the name a new one.
count = 1
IO.inspect(count)
count = count + 1
IO.inspect(count)

# Names are snake_case and may end in ? or !
ready? = daily_pay > 100
IO.inspect(ready?)

# The type travels with the value, not with the variable.
thing = 42
IO.inspect(is_integer(thing))
thing = "now a string"
IO.inspect(is_binary(thing))

# A variable starting with an underscore is one we do not intend to use.
{_ignored, wanted} = {:skip, :keep}
IO.inspect(wanted)
