empty_map = %{}
squares = %{1 => 1, 2 => 4, 3 => 9}
squares = Map.new([{1, 1}, {2, 4}, {3, 9}])
squares[2]
squares[4]
Map.get(squares, 2)
Map.get(squares, :non_existing, :not_found)
Map.fetch(squares, 2)
Map.fetch!(squares, 2)
bob = %{:name => "Bob", :age => 25, :works_at => "Initech"}
bob = %{name: "Bob", age: 25, works_at: "Initech"}
bob[:works_at]
bob.age
next_years_bob = %{bob | age: 26}
%{bob | age: 26, works_at: "Initrode"}
Map.put(bob, :salary, 50000)
days = [{:monday, 1}, {:tuesday, 2}, {:wednesday, 3}]
days = [monday: 1, tuesday: 2, wednesday: 3]
Keyword.get(days, :monday)
days[:tuesday]
IO.inspect([100, 200, 300], width: 3, limit: 1)
