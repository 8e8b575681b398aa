defmodule Macro.Printer.Plain do
  @moduledoc false
  # The deprecated `Macro.to_string/2`: the printer Elixir had before it
  # printed through the formatter. It builds text directly, one node at a
  # time, and hands each node's text to the caller's function, whose result
  # becomes the node's text.

  @block_keywords [:do, :rescue, :catch, :else, :after]

  def to_string({var, _, ctx} = ast, fun) when is_atom(var) and is_atom(ctx),
    do: fun.(ast, Atom.to_string(var))

  def to_string({:__aliases__, _, refs} = ast, fun),
    do: fun.(ast, Enum.map_join(refs, ".", &call_name(&1, fun)))

  def to_string({:__block__, _, [expr]} = ast, fun), do: fun.(ast, to_string(expr, fun))

  def to_string({:__block__, _, _} = ast, fun) do
    block = indent_lines(block_text(ast, fun), "\n  ")
    fun.(ast, "(\n  " <> block <> "\n)")
  end

  def to_string({:<<>>, _, parts} = ast, fun) do
    if interpolated?(ast) do
      fun.(ast, interpolate(ast, "\"", "\"", fun))
    else
      inner =
        Enum.map_join(parts, ", ", fn part ->
          text = bit_part(part, fun)

          if :binary.first(text) == ?< or :binary.last(text) == ?>,
            do: "(" <> text <> ")",
            else: text
        end)

      fun.(ast, "<<" <> inner <> ">>")
    end
  end

  def to_string({:{}, _, args} = ast, fun),
    do: fun.(ast, "{" <> Enum.map_join(args, ", ", &to_string(&1, fun)) <> "}")

  def to_string({:%{}, _, args} = ast, fun), do: fun.(ast, "%{" <> map_text(args, fun) <> "}")

  def to_string({:%, _, [name, {:%{}, _, args}]} = ast, fun),
    do: fun.(ast, "%" <> to_string(name, fun) <> "{" <> map_text(args, fun) <> "}")

  def to_string({:fn, _, [{:->, _, [_, body]}] = clauses} = ast, fun)
      when not is_tuple(body) or elem(body, 0) != :__block__,
      do: fun.(ast, "fn " <> arrows_text(clauses, fun, false) <> " end")

  def to_string({:fn, _, [{:->, _, _}] = clauses} = ast, fun),
    do: fun.(ast, "fn " <> block_text(clauses, fun) <> "\nend")

  def to_string({:fn, _, clauses} = ast, fun),
    do: fun.(ast, "fn\n  " <> indent_lines(block_text(clauses, fun), "\n  ") <> "\nend")

  def to_string([{:->, _, _} | _] = ast, fun), do: fun.(ast, "(" <> arrows_text(ast, fun, true) <> ")")

  def to_string({:when, _, [left, right]} = ast, fun) do
    right =
      if right != [] and Keyword.keyword?(right),
        do: keyword_text(right, fun),
        else: fun.(ast, operand(right, fun, :when, :right))

    fun.(ast, operand(left, fun, :when, :left) <> " when " <> right)
  end

  def to_string({:when, _, args} = ast, fun) do
    {init, last} = split_last(args)
    fun.(ast, "(" <> Enum.map_join(init, ", ", &to_string(&1, fun)) <> ") when " <> to_string(last, fun))
  end

  def to_string({:&, _, [{:/, _, [{name, _, ctx}, arity]}]} = ast, fun)
      when is_atom(name) and is_atom(ctx) and is_integer(arity),
      do: fun.(ast, "&" <> Atom.to_string(name) <> "/" <> to_string(arity, fun))

  def to_string({:&, _, [{:/, _, [{{:., _, [mod, name]}, _, []}, arity]}]} = ast, fun)
      when is_atom(name) and is_integer(arity),
      do: fun.(ast, "&" <> to_string(mod, fun) <> "." <> Atom.to_string(name) <> "/" <> to_string(arity, fun))

  def to_string({:&, _, [arg]} = ast, fun) when not is_integer(arg),
    do: fun.(ast, "&(" <> to_string(arg, fun) <> ")")

  def to_string({:not, _, [{:in, _, [left, right]}]} = ast, fun),
    do: fun.(ast, to_string(left, fun) <> " not in " <> to_string(right, fun))

  def to_string({{:., _, [Access, :get]}, _, [left, right]} = ast, fun) do
    left_text = if operator_expr?(left), do: "(" <> to_string(left, fun) <> ")", else: to_string(left, fun)
    fun.(ast, left_text <> to_string([right], fun))
  end

  def to_string({{:., _, [left, :{}]}, _, args} = ast, fun),
    do: fun.(ast, to_string(left, fun) <> ".{" <> args_text(args, fun) <> "}")

  def to_string({{:., _, [left, _]} = target, meta, []} = ast, fun) do
    text = call_name(target, fun)
    if is_tuple(left) && meta[:no_parens], do: fun.(ast, text), else: fun.(ast, text <> "()")
  end

  def to_string({target, _, args} = ast, fun) when is_list(args) do
    with :error <- unary_text(ast, fun),
         :error <- binary_text(ast, fun),
         :error <- sigil_text(ast, fun) do
      {init, last} = split_last(args)

      text =
        cond do
          not block_keywords?(last) -> call_with_args(target, args, fun)
          init == [] -> call_name(target, fun) <> blocks_text(last, fun)
          true -> call_with_args(target, init, fun) <> blocks_text(last, fun)
        end

      fun.(ast, text)
    else
      {:ok, text} -> text
    end
  end

  def to_string({left, right}, fun), do: to_string({:{}, [], [left, right]}, fun)

  def to_string(list, fun) when is_list(list) do
    text =
      cond do
        list == [] ->
          "[]"

        printable?(list) ->
          "'" <> Macro.Printer.escape(IO.chardata_to_string(list), ?') <> "'"

        keyword?(list) ->
          "[" <> keyword_text(list, fun) <> "]"

        true ->
          "[" <> Enum.map_join(list, ", ", &to_string(&1, fun)) <> "]"
      end

    fun.(list, text)
  end

  def to_string(other, fun), do: fun.(other, inspect(other, limit: :infinity, printable_limit: :infinity))

  ## Pieces

  defp bit_part({:"::", meta, [left, right]} = ast, fun) do
    text =
      if meta[:inferred_bitstring_spec],
        do: to_string(left, fun),
        else: operand(left, fun, :"::", :left) <> "::" <> bit_modifiers(right, fun, :"::", :right)

    fun.(ast, text)
  end

  defp bit_part(ast, fun), do: to_string(ast, fun)

  defp bit_modifiers({op, _, [left, right]} = ast, fun, _, _) when op in [:*, :-] do
    text = bit_modifiers(left, fun, op, :left) <> Atom.to_string(op) <> bit_modifiers(right, fun, op, :right)
    fun.(ast, text)
  end

  defp bit_modifiers(other, fun, parent, side), do: operand(other, fun, parent, side)

  defp block_keywords?([{:do, _} | _] = kw),
    do: Enum.all?(kw, &match?({key, _} when key in @block_keywords, &1))

  defp block_keywords?(_), do: false

  defp interpolated?({:<<>>, _, [_ | _] = parts}) do
    Enum.all?(parts, fn
      {:"::", _, [{{:., _, [Kernel, :to_string]}, _, [_]}, {:binary, _, _}]} -> true
      part -> is_binary(part)
    end)
  end

  defp interpolated?(_), do: false

  defp interpolate({:<<>>, _, [text]}, open, close, _fun) when open in [~s["""\n], ~s['''\n]],
    do: open <> text <> close

  defp interpolate({:<<>>, _, parts}, open, close, fun) do
    inner =
      Enum.map_join(parts, "", fn
        {:"::", _, [{{:., _, [Kernel, :to_string]}, _, [arg]}, {:binary, _, _}]} ->
          "\#{" <> to_string(arg, fun) <> "}"

        text when is_binary(text) ->
          escape_delimiter(text, open)
      end)

    open <> inner <> close
  end

  defp escape_delimiter(text, "("), do: String.replace(text, ")", ~S"\)")
  defp escape_delimiter(text, "{"), do: String.replace(text, "}", ~S"\}")
  defp escape_delimiter(text, "["), do: String.replace(text, "]", ~S"\]")
  defp escape_delimiter(text, "<"), do: String.replace(text, ">", ~S"\>")
  defp escape_delimiter(text, delimiter), do: String.replace(text, delimiter, "\\" <> delimiter)

  # The part before the dot of a remote call.
  defp module_text(atom, _fun) when is_atom(atom), do: inspect(atom, limit: :infinity)
  defp module_text({:&, _, [arg]} = expr, fun) when not is_integer(arg), do: "(" <> to_string(expr, fun) <> ")"
  defp module_text({:fn, _, _} = expr, fun), do: "(" <> to_string(expr, fun) <> ")"

  defp module_text({_, _, [_ | _] = args} = expr, fun) do
    if block_keywords?(List.last(args)),
      do: "(" <> to_string(expr, fun) <> ")",
      else: to_string(expr, fun)
  end

  defp module_text(expr, fun), do: to_string(expr, fun)

  defp unary_text({op, _, [arg]} = ast, fun) when is_atom(op) do
    cond do
      not Macro.operator?(op, 1) -> :error
      op == :not or operator_expr?(arg) -> {:ok, fun.(ast, Atom.to_string(op) <> "(" <> to_string(arg, fun) <> ")")}
      true -> {:ok, fun.(ast, Atom.to_string(op) <> to_string(arg, fun))}
    end
  end

  defp unary_text(_, _), do: :error

  defp binary_text({:"..//", _, [first, last, step]} = ast, fun) do
    text =
      operand(first, fun, :.., :left) <>
        ".." <> operand(last, fun, :.., :right) <> "//" <> operand(step, fun, :"//", :right)

    {:ok, fun.(ast, text)}
  end

  defp binary_text({op, _, [left, right]} = ast, fun) when is_atom(op) do
    if Macro.operator?(op, 2) do
      left = operand(left, fun, op, :left)
      right = operand(right, fun, op, :right)
      sep = if op == :.., do: "..", else: " #{op} "
      {:ok, fun.(ast, left <> sep <> right)}
    else
      :error
    end
  end

  defp binary_text(_, _), do: :error

  defp sigil_text({name, meta, [{:<<>>, _, _} = parts, mods]} = ast, fun) when is_atom(name) and is_list(mods) do
    {open, close} = delimiters(Keyword.get(meta, :delimiter, "\""))

    case Atom.to_string(name) do
      <<"sigil_", letter>> when letter in ?A..?Z ->
        {:<<>>, _, [text]} = parts
        {:ok, fun.(ast, <<?~, letter, open::binary, text::binary, close::binary>> <> modifiers(mods, fun))}

      <<"sigil_", letter>> when letter in ?a..?z ->
        {:ok, fun.(ast, "~" <> <<letter>> <> interpolate(parts, open, close, fun) <> modifiers(mods, fun))}

      _ ->
        :error
    end
  end

  defp sigil_text(_, _), do: :error

  defp delimiters("["), do: {"[", "]"}
  defp delimiters("{"), do: {"{", "}"}
  defp delimiters("("), do: {"(", ")"}
  defp delimiters("<"), do: {"<", ">"}
  defp delimiters(~s["""]), do: {~s["""\n], ~s["""]}
  defp delimiters("'''"), do: {"'''\n", "'''"}
  defp delimiters(other), do: {other, other}

  defp modifiers([], _fun), do: ""
  defp modifiers(mods, fun), do: fun.(mods, List.to_string(mods))

  defp operator_expr?({op, _, [_, _]}) when is_atom(op), do: Macro.operator?(op, 2)
  defp operator_expr?({op, _, [_]}) when is_atom(op), do: Macro.operator?(op, 1)
  defp operator_expr?(_), do: false

  defp call_name(atom, _fun) when is_atom(atom), do: Atom.to_string(atom)
  defp call_name({:., _, [arg]}, fun), do: module_text(arg, fun) <> "."

  defp call_name({:., _, [left, right]}, fun) when is_atom(right),
    do: module_text(left, fun) <> "." <> Macro.inspect_atom(:remote_call, right)

  defp call_name({:., _, [left, right]}, fun), do: module_text(left, fun) <> "." <> call_name(right, fun)
  defp call_name(other, fun), do: to_string(other, fun)

  defp call_with_args(target, args, fun), do: call_name(target, fun) <> "(" <> args_text(args, fun) <> ")"

  defp args_text(args, fun) do
    {init, last} = split_last(args)

    if last != [] and keyword?(last) do
      prefix = if init == [], do: "", else: Enum.map_join(init, ", ", &to_string(&1, fun)) <> ", "
      prefix <> keyword_text(last, fun)
    else
      Enum.map_join(args, ", ", &to_string(&1, fun))
    end
  end

  defp blocks_text(kw, fun) do
    Enum.reduce(@block_keywords, " ", fn key, acc ->
      if Keyword.has_key?(kw, key) do
        body = indent_lines(block_text(Keyword.get(kw, key), fun), "\n  ")
        acc <> Atom.to_string(key) <> "\n  " <> body <> "\n"
      else
        acc
      end
    end) <> "end"
  end

  defp block_text([{:->, _, _} | _] = clauses, fun) do
    Enum.map_join(clauses, "\n", fn {:->, _, [left, right]} ->
      heads(left, fun, false) <> "->\n  " <> indent_lines(block_text(right, fun), "\n  ")
    end)
  end

  defp block_text({:__block__, _, exprs}, fun), do: Enum.map_join(exprs, "\n", &to_string(&1, fun))
  defp block_text(other, fun), do: to_string(other, fun)

  defp map_text([{:|, _, [map, updates]}], fun), do: to_string(map, fun) <> " | " <> map_text(updates, fun)

  defp map_text(list, fun) do
    if keyword?(list) do
      keyword_text(list, fun)
    else
      Enum.map_join(list, ", ", fn
        {key, value} -> to_string(key, fun) <> " => " <> to_string(value, fun)
        other -> to_string(other, fun)
      end)
    end
  end

  defp keyword_text(list, fun),
    do: Enum.map_join(list, ", ", fn {key, value} -> Macro.inspect_atom(:key, key) <> " " <> to_string(value, fun) end)

  defp operand({op, _, [_, _]} = expr, fun, parent, side) when is_atom(op) do
    case Macro.Printer.binary_op(op) do
      {_, prec} ->
        {parent_assoc, parent_prec} = Macro.Printer.binary_op(parent)

        cond do
          parent_prec < prec -> to_string(expr, fun)
          parent_prec > prec -> "(" <> to_string(expr, fun) <> ")"
          parent_assoc == side -> to_string(expr, fun)
          true -> "(" <> to_string(expr, fun) <> ")"
        end

      :error ->
        to_string(expr, fun)
    end
  end

  defp operand(expr, fun, _, _), do: to_string(expr, fun)

  defp arrows_text(clauses, fun, parens?) do
    Enum.map_join(clauses, "; ", fn {:->, _, [left, right]} ->
      heads(left, fun, parens?) <> "-> " <> to_string(right, fun)
    end)
  end

  defp heads([], _fun, true), do: "() "
  defp heads([], _fun, false), do: ""
  defp heads(args, fun, _), do: Enum.map_join(args, ", ", &to_string(&1, fun)) <> " "

  defp keyword?([{key, _} | rest]) when is_atom(key),
    do: not String.starts_with?(Atom.to_string(key), "Elixir.") and keyword?(rest)

  defp keyword?([]), do: true
  defp keyword?(_), do: false

  # Erlang's latin-1 printable lists.
  defp printable?([c | rest]) when is_integer(c) and (c in 32..126 or c in 160..255),
    do: printable?(rest)

  defp printable?([c | rest]) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e], do: printable?(rest)
  defp printable?([]), do: true
  defp printable?(_), do: false

  defp split_last([]), do: {[], []}

  defp split_last(list) do
    {init, [last]} = Enum.split(list, -1)
    {init, last}
  end

  defp indent_lines(text, replacement), do: String.replace(text, "\n", replacement)
end
