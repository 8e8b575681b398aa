x when is_integer(x)
x when x > 0 and x < 10
x when is_atom(x) when is_nil(x)
a when b when c
x when y or z
x when not is_nil(x)
fn x when x > 0 -> x end
