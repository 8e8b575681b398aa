# Section 4.1.2: a general abstraction (a map of keys to lists) reused by a specific one.
defmodule MultiMap do
  def new, do: %{}
  def add(mm, key, value), do: Map.update(mm, key, [value], &[value | &1])
  def get(mm, key), do: mm |> Map.get(key, []) |> Enum.reverse()
end

defmodule Agenda do
  def new, do: MultiMap.new()
  def add_event(agenda, date, title), do: MultiMap.add(agenda, date, title)
  def events_on(agenda, date), do: MultiMap.get(agenda, date)
end

agenda =
  Agenda.new()
  |> Agenda.add_event(~D[2024-04-02], "Dentist")
  |> Agenda.add_event(~D[2024-04-03], "Team meeting")
  |> Agenda.add_event(~D[2024-04-02], "Pick up parcel")

IO.inspect(Agenda.events_on(agenda, ~D[2024-04-02]))
IO.inspect(Agenda.events_on(agenda, ~D[2024-04-03]))
IO.inspect(Agenda.events_on(agenda, ~D[2024-04-04]))
