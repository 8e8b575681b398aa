# Section 4.1.5: abstractions are plain data underneath, and inspect shows it.
defmodule Deck do
  defstruct cards: [], dealt: 0
  def new, do: %Deck{cards: for(s <- [:hearts, :spades], r <- [:ace, :king], do: {r, s})}
  def deal(%Deck{cards: [c | rest], dealt: n}), do: {c, %Deck{cards: rest, dealt: n + 1}}
end

deck = Deck.new()
IO.inspect(deck)
{card, deck} = Deck.deal(deck)
IO.inspect(card)
IO.inspect(deck)
IO.inspect(deck, structs: false)
IO.inspect(Map.from_struct(deck))
IO.inspect(MapSet.new([:b, :a]), structs: false)
IO.inspect(1..3, structs: false)
IO.inspect(~D[2024-01-01], structs: false)

# IO.inspect returns its argument, so it can be dropped into a pipeline.
deck
|> IO.inspect(label: "before")
|> Deck.deal()
|> elem(1)
|> IO.inspect(label: "after")
