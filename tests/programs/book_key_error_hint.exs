try do Map.fetch!(Map.new([{:nam, 1}]), :name) rescue e -> IO.inspect(Exception.message(e)) end
try do Map.fetch!(Map.new([{:nam, 1}]), :name) rescue e -> IO.inspect(Exception.blame(:error, e, __STACKTRACE__) |> elem(0) |> Exception.message()) end
e = %KeyError{key: :foo, term: [fo: 1, foo_bar: 2, bar: 3, fooo: 4]}
IO.inspect(Exception.blame(:error, e, []) |> elem(0) |> Exception.message())
e = %KeyError{key: "foo", term: %{"fo" => 1}}
IO.inspect(Exception.blame(:error, e, []) |> elem(0) |> Exception.message())
e = %KeyError{key: :foo, term: %{:fo => 1, "x" => 2}}
IO.inspect(Exception.blame(:error, e, []) |> elem(0) |> Exception.message())
e = %KeyError{key: :ab, term: %{ac: 1, ad: 2, ae: 3, af: 4, ag: 5, ah: 6, abc: 7}}
IO.inspect(Exception.blame(:error, e, []) |> elem(0) |> Exception.message())
e = %KeyError{key: :ab, term: nil}
IO.inspect(Exception.blame(:error, e, []) |> elem(0) |> Exception.message())
e = %KeyError{key: :ab, term: %{x: 1}, message: "custom"}
IO.inspect(Exception.blame(:error, e, []) |> elem(0) |> Exception.message())
defmodule Profile do
  def name(user), do: user.name
end
IO.inspect(Profile.name(%{name: "Ann"}))
Profile.name(%{nmae: "Bob", age: 3})
