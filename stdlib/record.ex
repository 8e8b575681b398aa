defmodule Record do
  @moduledoc """
  Records: tuples tagged by their first element, with named fields.
  `defrecord(:point, x: 0, y: 0)` defines the macro `point/0,1,2`, which
  builds (`point(x: 1)`), matches (`point(x: x) = p`), reads
  (`point(p, :x)`) and updates (`point(p, x: 2)`) `{:point, x, y}` tuples.
  """

  @doc "Whether `data` is a record (a tuple tagged by an atom), of `kind` if given."
  defmacro is_record(data, kind) do
    quote do
      is_tuple(unquote(data)) and tuple_size(unquote(data)) > 0 and
        elem(unquote(data), 0) == unquote(kind)
    end
  end

  defmacro is_record(data) do
    quote do
      is_tuple(unquote(data)) and tuple_size(unquote(data)) > 0 and is_atom(elem(unquote(data), 0))
    end
  end

  @doc "Defines the public macro `name` for records tagged `tag` with `fields`."
  defmacro defrecord(name, tag \\ nil, fields) do
    define(:defmacro, name, tag, fields)
  end

  @doc "Like `defrecord/3`, the macro being private."
  defmacro defrecordp(name, tag \\ nil, fields) do
    define(:defmacrop, name, tag, fields)
  end

  # The fields are read when the macro expands, so they must be a literal
  # list (as they nearly always are).
  defp define(kind, name, tag, fields) do
    tag = tag || name
    fields = Macro.escape(__fields__(fields))

    quote do
      unquote(kind)(unquote(name)(args \\ []),
        do: Record.__access__(unquote(tag), unquote(fields), args, __CALLER__)
      )

      unquote(kind)(unquote(name)(record, args),
        do: Record.__access__(unquote(tag), unquote(fields), record, args, __CALLER__)
      )
    end
  end

  @doc false
  def __fields__(fields) do
    Enum.map(fields, fn
      {key, default} when is_atom(key) -> {key, default}
      key when is_atom(key) -> {key, nil}
      other -> raise ArgumentError, "record fields must be atoms or {atom, default} pairs, got: #{inspect(other)}"
    end)
  end

  @doc false
  # name(args): a new record (or, in a pattern, a match on it); name(:field):
  # the field's index.
  def __access__(tag, fields, args, caller) when is_list(args) do
    in_match = caller.context == :match

    values =
      Enum.map(fields, fn {key, default} ->
        case Keyword.fetch(args, key) do
          {:ok, value} -> value
          :error when in_match -> {:_, [], nil}
          :error -> Macro.escape(default)
        end
      end)

    unknown = Keyword.keys(args) -- Keyword.keys(fields)

    if unknown != [] do
      raise ArgumentError, "record #{inspect(tag)} does not have the key: #{inspect(hd(unknown))}"
    end

    {:{}, [], [tag | values]}
  end

  def __access__(_tag, fields, field, _caller) when is_atom(field) do
    case Enum.find_index(fields, fn {key, _} -> key == field end) do
      nil -> raise ArgumentError, "record does not have the key: #{inspect(field)}"
      index -> index + 1
    end
  end

  @doc false
  # name(record, :field) reads a field; name(record, field: value) updates.
  def __access__(tag, fields, record, field, caller) when is_atom(field) do
    index = __access__(tag, fields, field, caller)
    quote(do: elem(unquote(record), unquote(index)))
  end

  def __access__(tag, fields, record, args, _caller) when is_list(args) do
    var = Macro.var(:record, __MODULE__)

    updates =
      Enum.reduce(args, var, fn {key, value}, acc ->
        case Enum.find_index(fields, fn {k, _} -> k == key end) do
          nil -> raise ArgumentError, "record #{inspect(tag)} does not have the key: #{inspect(key)}"
          index -> quote(do: put_elem(unquote(acc), unquote(index + 1), unquote(value)))
        end
      end)

    quote do
      unquote(var) = unquote(record)
      unquote(updates)
    end
  end
end
