# Section 4.3.3: Inspect, Enumerable and Collectable for a user struct.
defmodule Playlist do
  defstruct name: "", songs: []
  def new(name), do: %Playlist{name: name}
end

defimpl Inspect, for: Playlist do
  def inspect(%Playlist{name: name, songs: songs}, _opts) do
    "#Playlist<#{name}, #{length(songs)} songs>"
  end
end

defimpl Collectable, for: Playlist do
  def into(playlist) do
    {playlist,
     fn
       pl, {:cont, song} -> %Playlist{pl | songs: pl.songs ++ [song]}
       pl, :done -> pl
       _, :halt -> :ok
     end}
  end
end

defimpl Enumerable, for: Playlist do
  def count(%Playlist{songs: s}), do: {:ok, length(s)}
  def member?(%Playlist{songs: s}, song), do: {:ok, song in s}
  def slice(_), do: {:error, __MODULE__}
  def reduce(%Playlist{songs: s}, acc, fun), do: Enumerable.reduce(s, acc, fun)
end

mix = Enum.into(["Intro", "Blue", "Outro"], Playlist.new("Evening"))
IO.inspect(mix)
IO.inspect(Enum.count(mix))
IO.inspect(Enum.member?(mix, "Blue"))
IO.inspect(Enum.map(mix, &String.upcase/1))
more = for s <- ~w(Encore Bonus), into: mix, do: s
IO.inspect(more)
IO.inspect(Enum.to_list(more))
IO.inspect(Enum.with_index(more) |> Enum.take(2))
