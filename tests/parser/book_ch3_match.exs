person = {"Bob", 25}
{name, age} = {"Bob", 25}
name
age
{_, time} = :calendar.local_time()
{date, {hour, _, _}} = :calendar.local_time()
{:ok, contents} = File.read("my_app.config")
1 = 1
{_, _} = {1, 2}
{amount, amount, amount} = {127, 127, 127}
expected_name = "Bob"
{^expected_name, _} = {"Bob", 25}
[first, second, third] = [1, 2, 3]
[1, second, third] = [1, 2, 3]
[head | tail] = [1, 2, 3]
[min | _] = Enum.sort([3, 2, 1, 2])
%{name: name, age: age} = %{name: "Bob", age: 25}
%{age: age} = %{name: "Bob", age: 25}
<<b1, b2, b3>> = <<1, 2, 3>>
<<b1, rest :: binary>> = <<1, 2, 3>>
<<a :: 4, b :: 4>> = <<155>>
"ping " <> url = "ping www.example.com"
a = 1 = 3 - 2
date_time = {_, {hour, _, _}} = :calendar.local_time()
{_, {hour, _, _}} = date_time = :calendar.local_time()
