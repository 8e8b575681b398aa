defmodule Macro.Printer.Normalize do
  @moduledoc false
  # First pass of `Macro.to_string/1`: brings any quoted form to the shape
  # the parser gives with token metadata, which is what the printer reads.
  # Literals are wrapped in `{:__block__, meta, [literal]}` (numbers keep
  # their text in `:token`), keyword keys are marked `format: :keyword`,
  # calls written with parentheses get a `:closing` entry and calls whose
  # last argument starts with `do:` become do/end blocks. Lines are copied
  # from the nearest parent that has one.

  def normalize(quoted), do: walk(quoted, nil)

  # {:__block__, meta, [literal]} already wraps a literal.
  defp walk({:__block__, meta, [lit]}, line) when not is_tuple(lit) or tuple_size(lit) == 2,
    do: literal(lit, meta, line)

  defp walk({:__aliases__, meta, [first | rest]}, line) when not is_atom(first) do
    meta = with_line(meta, line)
    {:__aliases__, meta, [walk(first, meta[:line]) | rest]}
  end

  defp walk({:__aliases__, _, _} = quoted, _line), do: quoted

  defp walk({:&, meta, [n]}, line) when is_integer(n), do: {:&, with_line(meta, line), [n]}

  defp walk(%{__struct__: Range, first: first, last: last, step: step}, line) do
    meta = line_meta(line)

    if step == 1,
      do: {:.., meta, [walk(first, line), walk(last, line)]},
      else: {:"..//", meta, [walk(first, line), walk(last, line), walk(step, line)]}
  end

  defp walk({:<<>>, _, parts} = quoted, line) when is_list(parts), do: bitstring(quoted, line, false)

  # :"atom #{interpolation}"
  defp walk({{:., dot_meta, [:erlang, :binary_to_atom]}, meta, [{:<<>>, _, parts} = str, :utf8]}, line)
       when is_list(parts) do
    dot_meta = with_line(dot_meta, line)
    meta = with_line(meta, dot_meta[:line])
    {{:., dot_meta, [:erlang, :binary_to_atom]}, meta, [bitstring(str, line, true), :utf8]}
  end

  # 'charlist #{interpolation}'
  defp walk({{:., dot_meta, [List, :to_charlist]}, meta, [parts]}, line) do
    parts =
      Enum.map(parts, fn
        {{:., part_dot, [Kernel, :to_string]}, part_meta, args} ->
          {{:., part_dot, [Kernel, :to_string]}, part_meta, walk_all(args, line)}

        part ->
          escape_literal(part)
      end)

    {{:., dot_meta, [List, :to_charlist]}, meta, [parts]}
  end

  defp walk({:., meta, [Access, :get]}, line), do: {:., with_line(meta, line), [Access, :get]}

  # The right side of a dot is a name, not an atom literal.
  defp walk({:., meta, [left, right]}, line) do
    meta = with_line(meta, line)
    {:., meta, [walk(left, meta[:line]), right]}
  end

  defp walk([{:->, _, [_ | _]} | _] = clauses, line), do: walk_all(clauses, line)

  defp walk({:->, meta, [args, body]}, line) do
    meta = with_line(meta, line)
    {:->, meta, [walk_all(args, meta[:line]), walk(body, meta[:line])]}
  end

  defp walk({:%{}, meta, args}, line) when is_list(args) do
    meta = if meta == [], do: [line: line, closing: [line: line]], else: meta
    line = meta[:line]

    args =
      case args do
        [{:|, bar_meta, [left, right]}] -> [{:|, bar_meta, [walk(left, line), map_pairs(right, line)]}]
        [{_, _, _} = call] -> [walk(call, line)]
        args -> map_pairs(args, line)
      end

    {:%{}, meta, args}
  end

  defp walk({name, meta, [{:<<>>, _, parts} = str, mods]} = quoted, line)
       when is_list(parts) and is_atom(name) do
    case Atom.to_string(name) do
      <<"sigil_", _>> ->
        meta = meta |> with_line(line) |> Keyword.put_new(:delimiter, "\"")
        {name, meta, [walk(str, meta[:line]), mods]}

      _ ->
        call(quoted, line)
    end
  end

  defp walk({:{}, _meta, []} = quoted, line), do: call(quoted, line)

  defp walk({:{}, meta, args} = quoted, line) when is_list(args) do
    {init, last} = split_last(args)

    if init != [] and match?([_ | _], last) and keyword?(last),
      do: {:{}, meta, walk_all(init, line) ++ pairs(last, line, true)},
      else: call(quoted, line)
  end

  defp walk({:@, meta, [{name, name_meta, [value]}]}, line) do
    value =
      cond do
        value != [] and keyword?(value) -> pairs(value, line, true)
        is_list(value) -> literal(value, meta, line)
        true -> walk(value, line)
      end

    {:@, meta, [{name, name_meta, [value]}]}
  end

  defp walk({:__block__, meta, args}, line) when is_list(args),
    do: {:__block__, meta, walk_all(args, line)}

  defp walk({_, _, args} = quoted, line) when is_list(args), do: call(quoted, line)

  defp walk({_, _, ctx} = var, _line) when is_atom(ctx), do: var

  defp walk(other, line), do: literal(other, [], line)

  defp walk_all(list, line), do: Enum.map(list, &walk(&1, line))

  ## Literals

  defp literal(n, meta, line) when is_number(n) do
    meta = meta |> Keyword.put_new(:token, inspect(n)) |> with_line(line)
    {:__block__, meta, [n]}
  end

  defp literal(lit, meta, line) when is_atom(lit) or is_binary(lit) do
    meta = with_line(meta, line)
    lit = escape_literal(lit)

    if is_atom(lit) and Macro.classify_atom(lit) == :alias and meta[:delimiter] == nil do
      {:__aliases__, meta, alias_segments(Atom.to_string(lit))}
    else
      {:__block__, meta, [lit]}
    end
  end

  defp literal({left, right}, meta, line) do
    meta = with_line(meta, line)
    line = meta[:line]

    right =
      if match?([_ | _], right) and keyword?(right),
        do: pairs(right, line, true),
        else: walk(right, line)

    {:__block__, meta, [{walk(left, line), right}]}
  end

  defp literal(list, meta, line) when is_list(list) do
    if list != [] and List.ascii_printable?(list) do
      escaped = list |> List.to_string() |> escape_literal() |> String.to_charlist()
      meta = meta |> Keyword.put_new(:delimiter, "'") |> with_line(line)
      {:__block__, meta, [escaped]}
    else
      meta = if line, do: meta |> Keyword.put_new(:closing, line: line) |> with_line(line), else: meta
      {:__block__, meta, [pairs(list, line, false)]}
    end
  end

  defp literal(other, meta, _line), do: {:__block__, meta, [other]}

  defp alias_segments("Elixir"), do: [:"Elixir"]

  defp alias_segments("Elixir." <> rest),
    do: rest |> String.split(".") |> Enum.map(&String.to_atom/1)

  ## Calls

  defp call({form, meta, args}, line) do
    meta = with_line(meta, line)
    line = meta[:line]
    arity = length(args)
    form = if is_atom(form), do: form, else: walk(form, line)

    meta =
      if meta[:no_parens] == nil and meta[:closing] == nil and meta[:do] == nil and
           not Macro.Printer.local_without_parens?(form, arity),
         do: [closing: [line: line]] ++ meta,
         else: meta

    last = List.last(args)

    cond do
      Keyword.has_key?(meta, :do) or match?([{{:__block__, _, [:do]}, _} | _], last) ->
        do_blocks(form, meta, args, line)

      match?([{:do, _} | _], last) ->
        do_blocks(form, meta ++ [do: [line: line], end: [line: line]], args, line)

      args != [] and keyword_args?(form, arity) ->
        {init, last} = split_last(walk_all(args, line))

        tail =
          case last do
            {:__block__, _, [[{{:__block__, key_meta, _}, _} | _] = kw]} ->
              if key_meta[:format] == :keyword, do: [kw], else: [last]

            [] ->
              []

            _ ->
              [last]
          end

        {form, meta, init ++ tail}

      true ->
        {form, meta, walk_all(args, line)}
    end
  end

  defp keyword_args?(:when, 2), do: true
  defp keyword_args?(:{}, _), do: false
  defp keyword_args?(op, arity), do: not is_atom(op) or not Macro.operator?(op, arity)

  defp do_blocks(form, meta, args, line) do
    {init, blocks} = split_last(args)
    line = meta[:line] || line

    blocks =
      Enum.map(blocks, fn {tag, body} ->
        body =
          case walk(body, line) do
            {_, _, [[{:->, _, _} | _] = clauses]} -> clauses
            body -> body
          end

        tag =
          case tag do
            {:__block__, _, _} -> tag
            _ -> {:__block__, [line: meta[:line]], [tag]}
          end

        {tag, body}
      end)

    {form, meta, walk_all(init, line) ++ [blocks]}
  end

  ## Bitstrings and interpolation

  defp bitstring({:<<>>, meta, parts} = quoted, line, escape_text?) do
    meta = with_line(meta, line)
    line = meta[:line]

    parts =
      if interpolated?(quoted) do
        Enum.map(parts, fn
          {:"::", i_meta, [{{:., dot_meta, [Kernel, :to_string]}, mid_meta, [mid]}, {:binary, b_meta, ctx}]} ->
            mid = walk(mid, dot_meta[:line] || line)
            {:"::", i_meta, [{{:., dot_meta, [Kernel, :to_string]}, mid_meta, [mid]}, {:binary, b_meta, ctx}]}

          part ->
            if escape_text?, do: escape_literal(part), else: part
        end)
      else
        Enum.map(parts, fn
          {:"::", seg_meta, [left, _]} = part ->
            if seg_meta[:inferred_bitstring_spec], do: walk(left, line), else: walk(part, line)

          part ->
            walk(part, line)
        end)
      end

    {:<<>>, meta, parts}
  end

  defp interpolated?({:<<>>, _, [_ | _] = parts}) do
    Enum.all?(parts, fn
      {:"::", _, [{{:., _, [Kernel, :to_string]}, _, [_]}, {:binary, _, _}]} -> true
      part -> is_binary(part)
    end)
  end

  defp interpolated?(_), do: false

  ## Keyword lists and map pairs

  defp map_pairs(args, line) do
    Enum.map(pairs(args, line, false), fn
      {:__block__, _, [{_, _} = pair]} -> pair
      pair -> pair
    end)
  end

  # Walks list elements; a tail of `{atom, value}` pairs becomes keyword
  # syntax (keys wrapped with `format: :keyword`). `kw?` says whether the
  # keyword tail has started already.
  defp pairs([{{:__block__, key_meta, [key]}, _value} = first | rest] = all, line, kw?)
       when is_atom(key) do
    kw? = kw? or keyword?(all)

    first =
      if key_meta[:format] == :keyword and not kw? do
        key_meta = Keyword.delete(key_meta, :format)
        {:__block__, [line: key_meta[:line] || line], [put_elem(first, 0, {:__block__, key_meta, [key]})]}
      else
        first
      end

    [first | pairs(rest, line, kw?)]
  end

  defp pairs([{left, right} | rest] = all, line, kw?) do
    kw? = kw? or keyword?(all)

    left =
      if kw?,
        do: {:__block__, [format: :keyword] ++ line_meta(line), [escape_literal(left)]},
        else: walk(left, line)

    right = walk(right, line)

    pair =
      case left do
        {:__block__, meta, _} ->
          if meta[:format] == :keyword,
            do: {left, right},
            else: {:__block__, line_meta(line), [{left, right}]}

        _ ->
          {:__block__, line_meta(line), [{left, right}]}
      end

    [pair | pairs(rest, line, kw?)]
  end

  defp pairs([first | rest], line, kw?), do: [walk(first, line) | pairs(rest, line, kw?)]
  defp pairs([], _line, _kw?), do: []

  defp keyword?([{{:__block__, key_meta, [key]}, _} | rest]) when is_atom(key),
    do: key_meta[:format] == :keyword and keyword?(rest)

  defp keyword?([{key, _} | rest]) when is_atom(key) do
    case Atom.to_string(key) do
      "Elixir." <> _ -> false
      _ -> keyword?(rest)
    end
  end

  defp keyword?([]), do: true
  defp keyword?(_), do: false

  ## Helpers

  # Strings and atoms are printed from their escaped text.
  defp escape_literal(s) when is_binary(s), do: Macro.Printer.escape(s, nil)

  defp escape_literal(a) when is_atom(a),
    do: a |> Atom.to_string() |> escape_literal() |> String.to_atom()

  defp escape_literal(other), do: other

  defp with_line(meta, line) do
    if meta[:line] == nil and is_integer(line), do: [line: line] ++ meta, else: meta
  end

  defp line_meta(nil), do: []
  defp line_meta(line), do: [line: line]

  defp split_last(list) do
    {init, [last]} = Enum.split(list, -1)
    {init, last}
  end
end
