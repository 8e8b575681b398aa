# Structs inside structs, updated with put_in and update_in.
defmodule Address do
  defstruct street: "", city: ""
end

defmodule Person do
  defstruct name: "", address: %Address{}, tags: []

  def sample do
    %Person{name: "Jo", address: %Address{street: "1 Main", city: "Oslo"}}
  end
end

p = Person.sample()
IO.inspect(p)
IO.inspect(p.address.city)
moved = put_in(p.address.city, "Bergen")
IO.inspect(moved.address)
tagged = update_in(p.tags, &[:vip | &1])
IO.inspect(tagged.tags)
IO.inspect(get_in(p, [Access.key(:address), Access.key(:street)]))
IO.inspect(put_in(p, [Access.key(:address), Access.key(:street)], "2 Side").address)
IO.inspect(%{p | address: %{p.address | street: "3 Back"}})
