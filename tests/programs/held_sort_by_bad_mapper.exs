# A two-argument mapper is not a mapper: sort_by's guard rejects it.
people = [%{name: "Bo", age: 30}, %{name: "Al", age: 25}]
IO.inspect Enum.sort_by(people, & &1.age)
IO.inspect Enum.sort_by(people, & &1.name, :desc)
Enum.sort_by(people, fn a, b -> a.age <= b.age end)
