# Section 4.1.3: entries as maps, so more fields can be added without new arguments.
defmodule Agenda do
  def new, do: %{}

  def add_entry(agenda, entry) do
    Map.update(agenda, entry.date, [entry], &(&1 ++ [entry]))
  end

  def entries(agenda, date) do
    agenda
    |> Map.get(date, [])
    |> Enum.map(& &1.title)
  end
end

agenda =
  Agenda.new()
  |> Agenda.add_entry(%{date: ~D[2024-05-10], title: "Yoga", place: "Gym"})
  |> Agenda.add_entry(%{date: ~D[2024-05-10], title: "Call mum"})
  |> Agenda.add_entry(%{date: ~D[2024-05-11], title: "Market"})

IO.inspect(Agenda.entries(agenda, ~D[2024-05-10]))
IO.inspect(Agenda.entries(agenda, ~D[2024-05-11]))
IO.inspect(agenda[~D[2024-05-10]] |> hd())
