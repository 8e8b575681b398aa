# Section 2.4.6: maps as dynamic key/value stores and as records with atom keys.
squares = %{1 => 1, 2 => 4, 3 => 9}
IO.inspect(squares[2])
IO.inspect(squares[4])
IO.inspect(Map.get(squares, 4, :not_found))
IO.inspect(Map.fetch(squares, 3))
IO.inspect(Map.put(squares, 4, 16))

book = %{title: "Moby Dick", pages: 635, read: false}
IO.inspect(book.title)
IO.inspect(%{book | read: true})
IO.inspect(Map.put(book, :rating, 5))
IO.inspect(Map.delete(book, :pages))

# Updating with | only works for keys that already exist.
try do
  %{book | author: "Melville"}
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
