defmodule Macro do
  @moduledoc """
  Functions for working with Elixir's quoted forms (the AST): walking and
  rewriting them, escaping values into them, expanding macros one step or
  to the end, and printing them back as code (`to_string/1`).
  """

  @doc "Prints a quoted form as code, laid out the way the code formatter does."
  def to_string(tree), do: Macro.Printer.to_string(tree)

  @doc """
  Prints a quoted form as code, calling `fun` on every node with the node
  and its text; what `fun` returns is used as the node's text.
  """
  @deprecated "Use Macro.to_string/1 instead"
  def to_string(tree, fun), do: Macro.Printer.Plain.to_string(tree, fun)

  ## Walking

  @doc "Walks `ast` depth-first, calling `pre` before visiting a node's children and `post` after."
  def traverse(ast, acc, pre, post) when is_function(pre, 2) and is_function(post, 2) do
    {ast, acc} = pre.(ast, acc)
    walk_node(ast, acc, pre, post)
  end

  defp walk_node({form, meta, args}, acc, pre, post) when is_atom(form) do
    {args, acc} = walk_args(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end

  defp walk_node({form, meta, args}, acc, pre, post) do
    {form, acc} = pre.(form, acc)
    {form, acc} = walk_node(form, acc, pre, post)
    {args, acc} = walk_args(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end

  defp walk_node({left, right}, acc, pre, post) do
    {left, acc} = pre.(left, acc)
    {left, acc} = walk_node(left, acc, pre, post)
    {right, acc} = pre.(right, acc)
    {right, acc} = walk_node(right, acc, pre, post)
    post.({left, right}, acc)
  end

  defp walk_node(list, acc, pre, post) when is_list(list) do
    {list, acc} = walk_args(list, acc, pre, post)
    post.(list, acc)
  end

  defp walk_node(other, acc, _pre, post), do: post.(other, acc)

  defp walk_args(args, acc, _pre, _post) when is_atom(args), do: {args, acc}

  defp walk_args(args, acc, pre, post) when is_list(args) do
    :lists.mapfoldl(
      fn arg, acc ->
        {arg, acc} = pre.(arg, acc)
        walk_node(arg, acc, pre, post)
      end,
      acc,
      args
    )
  end

  @doc "Calls `fun` on every node, parents before children."
  def prewalk(ast, fun) when is_function(fun, 1),
    do: elem(prewalk(ast, nil, fn node, nil -> {fun.(node), nil} end), 0)

  @doc "Calls `fun` on every node with an accumulator, parents before children."
  def prewalk(ast, acc, fun) when is_function(fun, 2),
    do: traverse(ast, acc, fun, fn node, acc -> {node, acc} end)

  @doc "Calls `fun` on every node, children before parents."
  def postwalk(ast, fun) when is_function(fun, 1),
    do: elem(postwalk(ast, nil, fn node, nil -> {fun.(node), nil} end), 0)

  @doc "Calls `fun` on every node with an accumulator, children before parents."
  def postwalk(ast, acc, fun) when is_function(fun, 2),
    do: traverse(ast, acc, fn node, acc -> {node, acc} end, fun)

  @doc "An enumerable of the nodes of `ast`, parents before children."
  def prewalker(ast), do: &pre_stream([ast], &1, &2)

  defp pre_stream(_pending, {:halt, acc}, _fun), do: {:halted, acc}
  defp pre_stream(pending, {:suspend, acc}, fun), do: {:suspended, acc, &pre_stream(pending, &1, fun)}
  defp pre_stream([], {:cont, acc}, _fun), do: {:done, acc}

  defp pre_stream([{left, right} = node | rest], {:cont, acc}, fun),
    do: pre_stream([left, right | rest], fun.(node, acc), fun)

  defp pre_stream([{form, meta, args} = node | rest], {:cont, acc}, fun) when is_list(meta) do
    children = if is_atom(args), do: [], else: args
    children = if is_atom(form), do: children, else: [form | children]
    pre_stream(children ++ rest, fun.(node, acc), fun)
  end

  defp pre_stream([list | rest], {:cont, acc}, fun) when is_list(list),
    do: pre_stream(list ++ rest, fun.(list, acc), fun)

  defp pre_stream([node | rest], {:cont, acc}, fun), do: pre_stream(rest, fun.(node, acc), fun)

  @doc "An enumerable of the nodes of `ast`, children before parents."
  def postwalker(ast), do: &post_stream([ast], make_ref(), &1, &2)

  defp post_stream(_pending, _ref, {:halt, acc}, _fun), do: {:halted, acc}

  defp post_stream(pending, ref, {:suspend, acc}, fun),
    do: {:suspended, acc, &post_stream(pending, ref, &1, fun)}

  defp post_stream([], _ref, {:cont, acc}, _fun), do: {:done, acc}

  # A visited parent waits behind its children, tagged with `ref`.
  defp post_stream([{ref, node} | rest], ref, {:cont, acc}, fun),
    do: post_stream(rest, ref, fun.(node, acc), fun)

  defp post_stream([{left, right} = node | rest], ref, {:cont, acc}, fun),
    do: post_stream([right, {ref, node} | rest], ref, fun.(left, acc), fun)

  defp post_stream([{form, meta, args} = node | rest], ref, {:cont, acc}, fun) when is_list(meta) do
    children = if is_atom(args), do: [], else: args
    children = if is_atom(form), do: children, else: [form | children]

    if children == [],
      do: post_stream(rest, ref, fun.(node, acc), fun),
      else: post_stream(children ++ [{ref, node} | rest], ref, {:cont, acc}, fun)
  end

  defp post_stream([list | rest], ref, {:cont, acc}, fun) when is_list(list) and list != [],
    do: post_stream(list ++ [{ref, list} | rest], ref, {:cont, acc}, fun)

  defp post_stream([node | rest], ref, {:cont, acc}, fun),
    do: post_stream(rest, ref, fun.(node, acc), fun)

  @doc """
  The path to the first node (parents before children) for which `fun`
  returns true: that node followed by its ancestors, or nil.
  """
  def path(ast, fun) when is_function(fun, 1), do: find_path(ast, [], fun)

  defp find_path(node, trail, fun) do
    trail = [node | trail]

    cond do
      fun.(node) -> trail
      true -> find_path_in(node, trail, fun)
    end
  end

  defp find_path_in({form, _meta, args}, trail, fun) when is_atom(form), do: find_path_args(args, trail, fun)

  defp find_path_in({form, _meta, args}, trail, fun),
    do: find_path(form, trail, fun) || find_path_args(args, trail, fun)

  defp find_path_in({left, right}, trail, fun),
    do: find_path(left, trail, fun) || find_path(right, trail, fun)

  defp find_path_in(list, trail, fun) when is_list(list), do: find_path_args(list, trail, fun)
  defp find_path_in(_leaf, _trail, _fun), do: nil

  defp find_path_args(args, trail, fun) when is_list(args),
    do: Enum.find_value(args, &find_path(&1, trail, fun))

  defp find_path_args(_atom, _trail, _fun), do: nil

  ## Building

  @doc "Applies `fun` to the metadata of a node; other terms are returned as they are."
  def update_meta({left, meta, right}, fun) when is_list(meta), do: {left, fun.(meta), right}
  def update_meta(other, _fun), do: other

  @doc "The quoted form of the variable `var` in `context`."
  def var(var, context) when is_atom(var) and is_atom(context), do: {var, [], context}

  @doc "The quoted form of a variable that no other variable can clash with."
  def unique_var(var, context) when is_atom(var) and is_atom(context),
    do: {var, [counter: :erlang.unique_integer()], context}

  @doc "`amount` argument variables: `arg1`, `arg2`, ..."
  def generate_arguments(amount, context), do: generate_arguments(amount, context, &var/2)

  @doc "`amount` unique argument variables."
  def generate_unique_arguments(amount, context), do: generate_arguments(amount, context, &unique_var/2)

  defp generate_arguments(0, context, _fun) when is_atom(context), do: []

  defp generate_arguments(amount, context, fun) when is_integer(amount) and amount > 0 and is_atom(context),
    do: for(i <- 1..amount, do: fun.(String.to_atom("arg" <> Integer.to_string(i)), context))

  @doc "Splits a call into `{name, args}` or `{remote, name, args}`, or `:error`."
  def decompose_call({:{}, _, args}) when is_list(args), do: :error

  def decompose_call({{:., _, [remote, function]}, _, args}) when is_tuple(remote) or is_atom(remote),
    do: {remote, function, args}

  def decompose_call({name, _, args}) when is_atom(name) and is_atom(args), do: {name, []}
  def decompose_call({name, _, args}) when is_atom(name) and is_list(args), do: {name, args}
  def decompose_call(_), do: :error

  ## Pipes

  @doc "Breaks a pipeline into `{expr, position}` pairs."
  def unpipe(expr), do: :lists.reverse(unpipe(expr, []))

  defp unpipe({:|>, _, [left, right]}, acc), do: unpipe(right, unpipe(left, acc))
  defp unpipe(other, acc), do: [{other, 0} | acc]

  @doc "Puts `expr` into the call `call_args` as the argument at `position`."
  def pipe(expr, call_args, position)

  def pipe(expr, {:&, _, _} = call, _position), do: raise(ArgumentError, bad_pipe(expr, call))

  def pipe(expr, {form, _, _} = call, _position) when form in [:{}, :%{}, :__aliases__, :<<>>],
    do: raise(ArgumentError, bad_pipe(expr, call))

  def pipe(expr, {form, _, []}, _position) when form in [:unquote, :unquote_splicing] do
    raise ArgumentError,
          "cannot pipe #{to_string(expr)} into the special form #{form}/1 " <>
            "since #{form}/1 is used to build the Elixir AST itself"
  end

  def pipe(expr, {:fn, _, _}, _position) do
    raise ArgumentError,
          "cannot pipe #{to_string(expr)} into an anonymous function without" <>
            " calling the function; use Kernel.then/2 instead or" <>
            " define the anonymous function as a regular private function"
  end

  def pipe(expr, {call, meta, atom}, position) when is_atom(atom),
    do: {call, meta, List.insert_at([], position, expr)}

  def pipe(_expr, {op, _, [arg]}, _position) when op in [:+, :-] do
    raise ArgumentError,
          "piping into a unary operator is not supported, please use the qualified name: " <>
            "Kernel.#{op}(#{to_string(arg)}), instead of #{op}#{to_string(arg)}"
  end

  def pipe(expr, {op, meta, args} = call, position) when is_list(args) do
    cond do
      is_atom(op) and operator?(op, 1) ->
        raise ArgumentError,
              "cannot pipe #{to_string(expr)} into #{to_string(call)}, " <>
                "the #{to_string(op)} operator can only take one argument"

      is_atom(op) and operator?(op, 2) ->
        raise ArgumentError,
              "cannot pipe #{to_string(expr)} into #{to_string(call)}, " <>
                "the #{to_string(op)} operator can only take two arguments"

      true ->
        {op, meta, List.insert_at(args, position, expr)}
    end
  end

  def pipe(expr, call, _position), do: raise(ArgumentError, bad_pipe(expr, call))

  defp bad_pipe(expr, call) do
    "cannot pipe #{to_string(expr)} into #{to_string(call)}, " <>
      "can only pipe into local calls foo(), remote calls Foo.bar() or anonymous function calls foo.()"
  end

  ## Escaping

  @doc """
  The quoted form that evaluates to `expr`. With `unquote: true`,
  `unquote/1` and `unquote_splicing/1` inside `expr` are honoured.
  """
  def escape(expr, opts \\ []) do
    unquote? = Keyword.get(opts, :unquote, false)
    prune? = Keyword.get(opts, :prune_metadata, false)
    do_escape(expr, unquote?, prune?)
  end

  defp do_escape({:unquote, _, [expr]}, true, _prune?), do: expr

  # Pruning keeps only the metadata that changes how code prints.
  defp do_escape({left, meta, right}, unquote?, true = prune?) when is_list(meta) do
    meta = for {k, _} = pair <- meta, k in [:no_parens, :line, :delimiter], do: pair
    {:{}, [], [do_escape(left, unquote?, prune?), meta, do_escape(right, unquote?, prune?)]}
  end

  defp do_escape({left, right}, unquote?, prune?),
    do: {do_escape(left, unquote?, prune?), do_escape(right, unquote?, prune?)}

  defp do_escape(tuple, unquote?, prune?) when is_tuple(tuple),
    do: {:{}, [], escape_list(Tuple.to_list(tuple), unquote?, prune?)}

  defp do_escape(%{} = map, unquote?, prune?) do
    pairs = map |> Map.to_list() |> Enum.map(&do_escape(&1, unquote?, prune?))
    {:%{}, [], pairs}
  end

  defp do_escape(list, unquote?, prune?) when is_list(list) do
    if unquote? and Enum.any?(proper_prefix(list), &splice?/1),
      do: escape_spliced(list, prune?),
      else: escape_list(list, unquote?, prune?)
  end

  # <<255, 1::3>> escapes as <<7::size(3), <<249>>::binary>>: the odd bits first.
  defp do_escape(bits, _unquote?, _prune?) when is_bitstring(bits) and not is_binary(bits) do
    odd = rem(bit_size(bits), 8)
    <<lead::size(odd), bytes::binary>> = bits
    {:<<>>, [], [{:"::", [], [lead, {:size, [], [odd]}]}, {:"::", [], [bytes, {:binary, [], []}]}]}
  end

  defp do_escape(fun, _unquote?, _prune?) when is_function(fun) do
    info = Function.info(fun)

    if info[:type] == :external and info[:env] == [] do
      {:&, [], [{:/, [], [{{:., [], [info[:module], info[:name]]}, [no_parens: true], []}, info[:arity]]}]}
    else
      raise ArgumentError, cannot_escape(fun)
    end
  end

  defp do_escape(other, _unquote?, _prune?)
       when is_atom(other) or is_number(other) or is_binary(other) or is_pid(other),
       do: other

  defp do_escape(other, _unquote?, _prune?), do: raise(ArgumentError, cannot_escape(other))

  defp cannot_escape(term) do
    "cannot escape #{inspect(term)}. The supported values are: lists, tuples, maps, atoms, " <>
      "numbers, bitstrings, PIDs and remote functions in the format &Mod.fun/arity"
  end

  defp escape_list(list, unquote?, prune?) do
    case improper_split(list, []) do
      {items, []} ->
        Enum.map(items, &do_escape(&1, unquote?, prune?))

      {items, tail} ->
        {init, [last]} = Enum.split(items, -1)

        Enum.map(init, &do_escape(&1, unquote?, prune?)) ++
          [{:|, [], [do_escape(last, unquote?, prune?), do_escape(tail, unquote?, prune?)]}]
    end
  end

  defp improper_split([head | tail], acc), do: improper_split(tail, [head | acc])
  defp improper_split(tail, acc), do: {:lists.reverse(acc), tail}

  defp proper_prefix(list), do: elem(improper_split(list, []), 0)

  defp splice?({:unquote_splicing, _, [_]}), do: true
  defp splice?(_), do: false

  # [a, unquote_splicing(b), c] → :erlang.++([a], :elixir_quote.list(b, [c]))
  defp escape_spliced(list, prune?) do
    {items, tail} = improper_split(list, [])
    tail = if tail == [], do: [], else: do_escape(tail, true, prune?)

    items
    |> Enum.reverse()
    |> Enum.reduce({[], tail}, fn
      {:unquote_splicing, _, [expr]}, {pending, acc} ->
        {[], splice_join(expr, close_pending(pending, acc))}

      item, {pending, acc} ->
        {[do_escape(item, true, prune?) | pending], acc}
    end)
    |> then(fn {pending, acc} -> close_pending(pending, acc) end)
  end

  defp close_pending([], acc), do: acc
  defp close_pending(pending, []), do: pending
  defp close_pending(pending, acc), do: {{:., [], [:erlang, :++]}, [], [pending, acc]}

  defp splice_join(expr, acc), do: {{:., [], [:elixir_quote, :list]}, [], [expr, acc]}

  ## Validation and inspection

  @doc "`:ok` when `expr` is a valid quoted form, otherwise `{:error, invalid_part}`."
  def validate(expr), do: find_invalid(expr) || :ok

  defp find_invalid({left, right}), do: find_invalid(left) || find_invalid(right)

  defp find_invalid({left, meta, right}) when is_list(meta) and (is_atom(right) or is_list(right)),
    do: find_invalid(left) || find_invalid(right)

  defp find_invalid(list) when is_list(list), do: Enum.find_value(list, &find_invalid/1)

  defp find_invalid(term) when is_pid(term) or is_atom(term) or is_number(term) or is_binary(term),
    do: nil

  defp find_invalid(fun) when is_function(fun) do
    info = Function.info(fun)
    unless info[:env] == [] and info[:type] == :external, do: {:error, fun}
  end

  defp find_invalid(other), do: {:error, other}

  @doc "Whether `term` is a quoted literal: atoms, numbers, strings and containers of literals."
  def quoted_literal?({:__aliases__, _, args}), do: quoted_literal?(args)
  def quoted_literal?({:%, _, [left, right]}), do: quoted_literal?(left) and quoted_literal?(right)
  def quoted_literal?({:%{}, _, args}), do: quoted_literal?(args)
  def quoted_literal?({:{}, _, args}), do: quoted_literal?(args)
  def quoted_literal?({left, right}), do: quoted_literal?(left) and quoted_literal?(right)
  def quoted_literal?(list) when is_list(list), do: Enum.all?(list, &quoted_literal?/1)
  def quoted_literal?(term), do: is_atom(term) or is_number(term) or is_binary(term)

  @doc "Whether `name`/`arity` is an operator."
  def operator?(:"..//", 3), do: true
  def operator?(name, 2) when is_atom(name), do: Macro.Printer.binary_op(name) != :error and name != :"//"
  def operator?(name, 1) when is_atom(name), do: Macro.Printer.unary_op(name) != :error
  def operator?(:.., 0), do: true
  def operator?(name, arity) when is_atom(name) and is_integer(arity), do: false

  @special_forms [
    {:%, 2}, {:%{}, :any}, {:&, 1}, {:., 2}, {:__aliases__, :any}, {:__block__, :any},
    {:__CALLER__, 0}, {:__DIR__, 0}, {:__ENV__, 0}, {:__MODULE__, 0}, {:__STACKTRACE__, 0},
    {:"::", 2}, {:<<>>, :any}, {:=, 2}, {:^, 1}, {:alias, 1}, {:alias, 2}, {:case, 2},
    {:cond, 1}, {:fn, :any}, {:for, :any}, {:import, 1}, {:import, 2}, {:quote, 1},
    {:quote, 2}, {:receive, 1}, {:require, 1}, {:require, 2}, {:super, :any}, {:try, 1},
    {:unquote, 1}, {:unquote_splicing, 1}, {:with, :any}, {:{}, :any}
  ]

  @doc "Whether `name`/`arity` is a special form."
  def special_form?(name, arity) when is_atom(name) and is_integer(arity),
    do: {name, arity} in @special_forms or {name, :any} in @special_forms

  @doc "How `atom` can be written: `:alias`, `:identifier`, `:unquoted` or `:quoted`."
  def classify_atom(atom) do
    case inner_classify(atom) do
      :alias -> :alias
      :identifier -> :identifier
      kind when kind in [:unquoted_operator, :not_callable] -> :unquoted
      _ -> :quoted
    end
  end

  @doc "`atom` as written as a literal, a keyword key or a remote function name."
  def inspect_atom(:literal, atom) when atom in [nil, true, false], do: Atom.to_string(atom)

  def inspect_atom(:literal, atom) when is_atom(atom) do
    text = Atom.to_string(atom)

    case classify_atom(atom) do
      :alias ->
        case text do
          t when t in ["Elixir", "Elixir.Elixir"] -> t
          "Elixir.Elixir." <> _ -> text
          "Elixir." <> rest -> rest
        end

      :quoted ->
        ":\"" <> Macro.Printer.escape(text, ?") <> "\""

      _ ->
        ":" <> text
    end
  end

  def inspect_atom(:key, atom) when is_atom(atom) do
    text = Atom.to_string(atom)

    case classify_atom(atom) do
      :alias -> "\"" <> text <> "\":"
      :quoted -> "\"" <> Macro.Printer.escape(text, ?") <> "\":"
      _ -> text <> ":"
    end
  end

  def inspect_atom(:remote_call, atom) when is_atom(atom) do
    text = Atom.to_string(atom)

    case inner_classify(atom) do
      kind when kind in [:identifier, :unquoted_operator, :quoted_operator] -> text
      kind when kind in [:not_callable, :alias] -> "\"" <> text <> "\""
      _ -> "\"" <> Macro.Printer.escape(text, ?") <> "\""
    end
  end

  defp inner_classify(atom) when is_atom(atom) do
    cond do
      atom in [:%, :%{}, :{}, :<<>>, :..., :.., :., :"..//", :->] -> :not_callable
      atom in [:"::", :"^^^", :"~~~", :"<|>"] -> :quoted_operator
      operator?(atom, 1) or operator?(atom, 2) -> :unquoted_operator
      true -> classify_name(Atom.to_charlist(atom))
    end
  end

  defp classify_name('Elixir' ++ rest = name) do
    if alias_rest?(rest), do: :alias, else: classify_word(name)
  end

  defp classify_name(name), do: classify_word(name)

  defp alias_rest?([]), do: true
  defp alias_rest?([?., c | rest]) when c in ?A..?Z, do: alias_rest?(Enum.drop_while(rest, &word_char?/1))
  defp alias_rest?(_), do: false

  # identifier: a lowercase or underscore start, word characters, an
  # optional ? or ! at the end. An uppercase start or an @ makes a valid
  # atom that is not callable.
  defp classify_word([c | rest]) when c in ?a..?z or c == ?_ or c >= 0x80 do
    case word_end(rest) do
      :ok -> :identifier
      :at -> :not_callable
      :error -> :other
    end
  end

  defp classify_word([c | rest]) when c in ?A..?Z do
    case word_end(rest) do
      :error -> :other
      _ -> :not_callable
    end
  end

  defp classify_word(_), do: :other

  defp word_end(chars) do
    {_word, tail} = Enum.split_while(chars, &(word_char?(&1) or &1 == ?@))

    cond do
      tail not in [[], '?', '!'] -> :error
      ?@ in chars -> :at
      true -> :ok
    end
  end

  defp word_char?(c), do: c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c == ?_ or c >= 0x80

  ## Names

  @doc "Turns `\"FooBar\"` or `FooBar` into `\"foo_bar\"`."
  def underscore(atom_or_string)

  def underscore(atom) when is_atom(atom) do
    "Elixir." <> rest = Atom.to_string(atom)
    underscore(rest)
  end

  def underscore(<<h, t::binary>>), do: <<to_lower_char(h)>> <> do_underscore(t, h)
  def underscore(""), do: ""

  defp do_underscore(<<h, t, rest::binary>>, _)
       when h >= ?A and h <= ?Z and not (t >= ?A and t <= ?Z) and not (t >= ?0 and t <= ?9) and t != ?. and t != ?_,
       do: <<?_, to_lower_char(h), t>> <> do_underscore(rest, t)

  defp do_underscore(<<h, t::binary>>, prev)
       when h >= ?A and h <= ?Z and not (prev >= ?A and prev <= ?Z) and prev != ?_,
       do: <<?_, to_lower_char(h)>> <> do_underscore(t, h)

  defp do_underscore(<<?., t::binary>>, _), do: <<?/>> <> underscore(t)
  defp do_underscore(<<h, t::binary>>, _), do: <<to_lower_char(h)>> <> do_underscore(t, h)
  defp do_underscore(<<>>, _), do: <<>>

  @doc "Turns `\"foo_bar\"` into `\"FooBar\"`."
  def camelize(""), do: ""
  def camelize(<<?_, t::binary>>), do: camelize(t)
  def camelize(<<h, t::binary>>), do: <<to_upper_char(h)>> <> do_camelize(t)

  defp do_camelize(<<?_, ?_, t::binary>>), do: do_camelize(<<?_, t::binary>>)

  defp do_camelize(<<?_, h, t::binary>>) when h >= ?a and h <= ?z,
    do: <<to_upper_char(h)>> <> do_camelize(t)

  defp do_camelize(<<?_, h, t::binary>>) when h >= ?0 and h <= ?9, do: <<h>> <> do_camelize(t)
  defp do_camelize(<<?_>>), do: <<>>
  defp do_camelize(<<?/, t::binary>>), do: <<?.>> <> camelize(t)
  defp do_camelize(<<h, t::binary>>), do: <<h>> <> do_camelize(t)
  defp do_camelize(<<>>), do: <<>>

  defp to_upper_char(c) when c >= ?a and c <= ?z, do: c - 32
  defp to_upper_char(c), do: c
  defp to_lower_char(c) when c >= ?A and c <= ?Z, do: c + 32
  defp to_lower_char(c), do: c

  ## Expansion

  @doc "Expands `ast` one step when it is a macro call (or an alias, `__MODULE__`, ...)."
  def expand_once(ast, env), do: elem(expand_step(ast, env), 0)

  @doc "Expands `ast` until it is no longer a macro call."
  def expand(ast, env), do: expand_until(expand_step(ast, env), env)

  defp expand_until({ast, true}, env), do: expand_until(expand_step(ast, env), env)
  defp expand_until({ast, false}, _env), do: ast

  # `alias: Mod` in the metadata is the alias quote already resolved.
  # vial's quote writes `alias: false` even where an alias was in scope, so
  # `false` still looks the alias up in `env`.
  defp expand_step({:__aliases__, meta, [head | tail]}, env) when is_atom(head) do
    case meta[:alias] do
      target when is_atom(target) and target not in [nil, false] -> {target, true}
      _ -> {expand_alias(head, tail, env), true}
    end
  end

  defp expand_step({:__aliases__, _, _} = ast, _env), do: {ast, false}
  defp expand_step({:__MODULE__, _, ctx}, env) when is_atom(ctx), do: {env.module, true}
  defp expand_step({:__DIR__, _, ctx}, env) when is_atom(ctx), do: {Path.dirname(env.file), true}
  defp expand_step({:__ENV__, _, ctx}, env) when is_atom(ctx), do: {Macro.escape(env), true}

  defp expand_step({{:., _, [{:__ENV__, _, ctx}, field]}, _, []}, env)
       when is_atom(ctx) and is_atom(field),
       do: {Macro.escape(Map.get(env, field)), true}

  # Kernel's boolean macros, which vial's compiler handles natively,
  # expand to the `case` forms Elixir gives.
  defp expand_step({:if, _, [condition, [{:do, _} | _] = clauses]}, _env) do
    if Enum.all?(clauses, fn {key, _} -> key in [:do, :else] end),
      do: {falsy_case(condition, Keyword.get(clauses, :else), Keyword.fetch!(clauses, :do), true), true},
      else: {{:if, [], [condition, clauses]}, false}
  end

  defp expand_step({:&&, _, [left, right]}, _env), do: {falsy_case(left, :same, right, false), true}

  defp expand_step({:||, _, [left, right]}, _env) do
    x = {:x, [counter: :erlang.unique_integer()], Kernel}
    {falsy_case(left, right, {x, x}, false, x), true}
  end

  defp expand_step({:!, _, [{:!, _, [value]}]}, _env), do: {falsy_case(value, false, true, true), true}
  defp expand_step({:!, _, [value]}, _env), do: {falsy_case(value, true, false, true), true}

  defp expand_step({name, _, args} = ast, env) when is_atom(name) and is_list(args) do
    expanded = :vial.expand_once(ast, env)
    {expanded, expanded != ast}
  end

  defp expand_step({{:., _, [_, _]}, _, args} = ast, env) when is_list(args) do
    expanded = :vial.expand_once(ast, env)
    {expanded, expanded != ast}
  end

  defp expand_step(other, _env), do: {other, false}

  # case value do x when Kernel.in(x, [false, nil]) -> falsy; _ -> truthy end
  # (`:same` gives back x itself; a {pattern, body} truthy clause replaces `_`).
  defp falsy_case(value, falsy, truthy, optimize?, x \\ nil) do
    x = x || {:x, [counter: :erlang.unique_integer()], Kernel}
    falsy = if falsy == :same, do: x, else: falsy
    guard = {:when, [], [x, {{:., [], [Kernel, :in]}, [], [x, [false, nil]]}]}

    {pattern, body} =
      case truthy do
        {{_, _, _} = pattern, body} -> {pattern, body}
        body -> {{:_, [], Kernel}, body}
      end

    meta = if optimize?, do: [optimize_boolean: true], else: []
    {:case, meta, [value, [do: [{:->, [], [[guard], falsy]}, {:->, [], [[pattern], body]}]]]}
  end

  defp expand_alias(head, tail, env) do
    full =
      case List.keyfind(env.aliases || [], Module.concat([head]), 0) do
        {_, target} -> target
        nil -> Module.concat([head])
      end

    if tail == [], do: full, else: Module.concat([full | tail])
  end

  @doc "The struct of `module` (its default values) for macros that build structs."
  def struct!(module, env) when is_atom(module) do
    _ = env
    module.__struct__()
  end
end
