defmodule MyError do
  defexception message: "my default message", code: 0
end

defmodule Validation do
  defexception [:field]

  @impl true
  def message(e), do: "invalid field #{inspect(e.field)}"

  @impl true
  def exception(opts) when is_list(opts), do: %__MODULE__{field: Keyword.fetch!(opts, :field)}
  def exception(field), do: %__MODULE__{field: field}
end

defmodule Risky do
  def run(:raise_string), do: raise("boom")
  def run(:raise_mod), do: raise(MyError)
  def run(:raise_mod_opts), do: raise(MyError, code: 42, message: "custom")
  def run(:raise_struct), do: raise(%MyError{code: 7})
  def run(:validation), do: raise(Validation, field: :email)
  def run(:validation2), do: raise(Validation, :name)
  def run(:throw), do: throw(:ball)
  def run(:exit), do: exit(:bye)
  def run(:exit_tuple), do: exit({:shutdown, 1})
  def run(:badarith), do: 1 / zero()
  def run(:badmatch), do: {:ok, _} = {:error, :x}
  def run(:fclause), do: clause(:nope)
  def run(:undef), do: apply(Nope, :missing, [1])
  def run(:badarg), do: :erlang.atom_to_binary(123)
  def run(:key), do: Map.fetch!(%{a: 1}, :b)
  def run(:erlang_error), do: :erlang.error(:custom_reason)
  def run(:badfun), do: apply(fn x -> x end, [1, 2])
  def run(:ok), do: :fine

  defp zero, do: 0
  defp clause(:yes), do: :ok
end

defmodule Main do
  def attempt(kind) do
    try do
      Risky.run(kind)
    rescue
      e in [MyError, Validation] -> {:mine, e.__struct__, Exception.message(e)}
      e in RuntimeError -> {:runtime, e.message}
      e in [ArithmeticError, MatchError, FunctionClauseError] -> {:std, inspect(e.__struct__), Exception.message(e)}
      e -> {:other, e.__struct__, Exception.message(e)}
    catch
      :throw, v -> {:thrown, v}
      :exit, r -> {:exited, r}
    else
      v -> {:no_error, v}
    after
      send(self(), {:after, kind})
    end
  end

  def run do
    kinds = [:raise_string, :raise_mod, :raise_mod_opts, :raise_struct, :validation, :validation2,
             :throw, :exit, :exit_tuple, :badarith, :badmatch, :fclause, :undef, :badarg, :key,
             :erlang_error, :ok]
    for k <- kinds, do: IO.inspect(attempt(k), label: Atom.to_string(k))
    afters = for _ <- kinds, do: (receive do {:after, k} -> k end)
    IO.inspect(length(afters))
    IO.inspect(attempt(:badfun) |> elem(1))

    try do
      raise "inner"
    rescue
      e ->
        try do
          reraise MyError, [message: "wrapped: " <> e.message], __STACKTRACE__
        rescue
          e2 -> IO.inspect(e2)
        end
    end

    r = try do
      throw({:value, 1})
    catch
      {:value, n} -> n + 1
    end
    IO.inspect(r)

    r = try do
      exit(:normal)
    catch
      :exit, :normal -> :caught_normal_exit
    end
    IO.inspect(r)

    r = catch_all(fn -> :erlang.error({:my, :tuple}) end)
    IO.inspect(r)
    IO.inspect(catch_all(fn -> raise ArgumentError end))
    IO.inspect(catch_all(fn -> raise KeyError, key: :k, term: %{} end))
    IO.inspect(Exception.format(:error, %RuntimeError{message: "x"}, []))
    IO.inspect(Exception.format(:throw, :ball, []))
    IO.inspect(Exception.format(:exit, :killed, []))
    IO.inspect(Exception.normalize(:error, :badarg, []))
    IO.inspect(Exception.normalize(:error, {:badkey, :a, %{}}, []))
    IO.inspect(Exception.message(%MyError{}))
    IO.inspect(Exception.exception?(%MyError{}))
    IO.inspect(MyError.exception(code: 1))
    IO.inspect(is_exception(%Validation{field: 1}, Validation))
    IO.inspect(Exception.format_banner(:error, %MyError{code: 3}))
  end

  def catch_all(f) do
    f.()
  catch
    kind, reason -> {kind, reason}
  end
end

Main.run()
raise Validation, field: :final
