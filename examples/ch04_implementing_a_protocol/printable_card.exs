# Section 4.3.2: implementing a protocol for our own struct, anywhere in the code.
defmodule Card do
  defstruct [:rank, :suit]
  def new(rank, suit), do: %Card{rank: rank, suit: suit}
end

defimpl String.Chars, for: Card do
  @symbols %{hearts: "♥", spades: "♠", diamonds: "♦", clubs: "♣"}
  def to_string(%Card{rank: r, suit: s}), do: "#{r}#{@symbols[s]}"
end

hand = [Card.new("A", :spades), Card.new(10, :hearts), Card.new("Q", :clubs)]
IO.puts("My hand: #{Enum.join(hand, " ")}")
Enum.each(hand, &IO.puts/1)
IO.inspect(to_string(hd(hand)))
IO.inspect(hd(hand))
