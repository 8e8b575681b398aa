defmodule Macro.Printer do
  @moduledoc false
  # `Macro.to_string/1`: quoted form → normalized form (Macro.Printer.Normalize)
  # → document (this module) → text 98 columns wide (Macro.Printer.Doc).
  # The layout rules are those of Elixir 1.14's code formatter: operators by
  # precedence, calls with or without parentheses, do/end blocks, anonymous
  # functions, containers that break one element per line when too long.
  #
  # Contexts say where an expression sits, which decides parentheses:
  # :block, :operand, :parens_arg, :no_parens_arg, :parens_one_arg and
  # :no_parens_one_arg.

  import Macro.Printer.Doc,
    only: [
      empty: 0,
      string: 1,
      concat: 2,
      nest: 2,
      nest: 3,
      break: 0,
      break: 1,
      line: 0,
      line: 2,
      glue: 2,
      glue: 3,
      flex_glue: 2,
      group: 1,
      group: 2,
      force_unfit: 1,
      next_break_fits: 2,
      collapse_lines: 1,
      no_limit: 1
    ]

  @width 98

  @no_space_ops [:.., :"//"]
  @no_newline_ops [:\\, :in]
  @pipe_ops [:|>, :~>>, :<<~, :~>, :<~, :<~>, :"<|>"]
  @right_newline_ops [:|, :when]
  @logical_ops [:||, :|||, :or, :&&, :&&&, :and]
  @next_break_fits_ops [:<-, :==, :!=, :=~, :===, :!==, :<, :>, :<=, :>=, :=, :"::"]
  @parens_operand_ops [:|>, :<<<, :>>>, :<~, :~>, :<<~, :~>>, :<~>, :"<|>", :"^^^", :+++, :---, :in, :++, :--, :.., :<>]
  @do_end_keywords [:rescue, :catch, :else, :after]
  @bitstring_modifiers [:integer, :float, :bits, :bitstring, :binary, :bytes, :utf8, :utf16, :utf32,
                        :signed, :unsigned, :little, :big, :native, :_]
  @capture_prec 90

  # Calls printed without parentheses by default (name => arities or :*).
  @bare_calls %{
    alias: [1, 2], case: [2], cond: [1], for: :*, import: [1, 2], quote: [1, 2], receive: [1],
    require: [1, 2], try: [1], with: :*, def: [1, 2], defp: [1, 2], defguard: [1],
    defguardp: [1], defmacro: [1, 2], defmacrop: [1, 2], defmodule: [2], defdelegate: [2],
    defexception: [1], defoverridable: [1], defstruct: [1], destructure: [2], raise: [1, 2],
    reraise: [2, 3], if: [2], unless: [2], use: [1, 2], defrecord: [2, 3], defrecordp: [2, 3],
    assert: [1, 2], assert_in_delta: [3, 4], assert_raise: [2, 3], assert_receive: [1, 2, 3],
    assert_received: [1, 2], doctest: [1, 2], refute: [1, 2], refute_in_delta: [3, 4],
    refute_receive: [1, 2, 3], refute_received: [1, 2], setup: [1, 2], setup_all: [1, 2],
    test: [1, 2], config: [2, 3], import_config: [1]
  }

  def to_string(quoted) do
    quoted
    |> Macro.Printer.Normalize.normalize()
    |> block_doc(%{nesting: 2, skip_eol: false})
    |> Macro.Printer.Doc.render(@width)
  end

  def local_without_parens?(name, arity) do
    arity > 0 and
      case Map.get(@bare_calls, name) do
        nil -> false
        :* -> true
        arities -> arity in arities
      end
  end

  @doc "Escapes a string's text as the printer shows it (`char` is the quote to escape, or nil)."
  def escape(string, char), do: IO.iodata_to_binary(escape_chars(string, char, []))

  defp escape_chars(<<c, rest::binary>>, c, acc), do: escape_chars(rest, c, [acc, ?\\, c])
  defp escape_chars(<<?#, ?{, rest::binary>>, c, acc), do: escape_chars(rest, c, [acc, "\\\#{"])

  defp escape_chars(<<cp::utf8, rest::binary>>, c, acc),
    do: escape_chars(rest, c, [acc, escape_codepoint(cp)])

  defp escape_chars(<<byte, rest::binary>>, c, acc), do: escape_chars(rest, c, [acc, "\\x", hex(byte, 2)])
  defp escape_chars(<<>>, _c, acc), do: acc

  defp escape_codepoint(?\a), do: "\\a"
  defp escape_codepoint(?\b), do: "\\b"
  defp escape_codepoint(?\d), do: "\\d"
  defp escape_codepoint(?\e), do: "\\e"
  defp escape_codepoint(?\f), do: "\\f"
  defp escape_codepoint(?\n), do: "\\n"
  defp escape_codepoint(?\r), do: "\\r"
  defp escape_codepoint(?\t), do: "\\t"
  defp escape_codepoint(?\v), do: "\\v"
  defp escape_codepoint(?\\), do: "\\\\"
  defp escape_codepoint(0), do: "\\0"
  defp escape_codepoint(0xFEFF), do: "\\uFEFF"

  defp escape_codepoint(cp)
       when cp in 0x20..0x7E or cp in 0xA0..0xD7FF or cp in 0xE000..0xFFFD or cp in 0x10000..0x10FFFF,
       do: <<cp::utf8>>

  defp escape_codepoint(cp) when cp < 0x100, do: ["\\x", hex(cp, 2)]
  defp escape_codepoint(cp) when cp < 0x10000, do: ["\\x{", hex(cp, 4), "}"]
  defp escape_codepoint(cp), do: ["\\x{", hex(cp, 6), "}"]

  defp hex(n, digits), do: n |> Integer.to_string(16) |> String.pad_leading(digits, "0")

  ## Expressions

  defp to_doc({:__printer_clause_args__, _meta, [args]}, _context, st),
    do: group(clause_args_inner(args, st))

  defp to_doc({var, _meta, ctx}, _context, _st) when is_atom(var) and is_atom(ctx),
    do: string(Atom.to_string(var))

  defp to_doc({:<<>>, meta, parts}, _context, st) do
    cond do
      parts == [] ->
        "<<>>"

      not interpolated?(parts) ->
        bitstring_doc(meta, parts, st)

      meta[:delimiter] == ~s["""] ->
        parts |> heredoc_start() |> interpolation_doc(~s["""], st, ~s["""], ~s["""]) |> force_unfit()

      true ->
        interpolation_doc(parts, "\"", st, "\"", "\"")
    end
  end

  defp to_doc({{:., _, [List, :to_charlist]}, meta, [parts]} = quoted, context, st) do
    cond do
      not charlist_interpolated?(parts) ->
        remote_doc(quoted, context, st)

      meta[:delimiter] == "'''" ->
        parts |> heredoc_start() |> charlist_interpolation_doc("'''", st, "'''", "'''") |> force_unfit()

      true ->
        charlist_interpolation_doc(parts, "'", st, "'", "'")
    end
  end

  defp to_doc({{:., _, [:erlang, :binary_to_atom]}, _, [{:<<>>, _, parts}, :utf8]} = quoted, context, st) do
    if interpolated?(parts),
      do: interpolation_doc(parts, "\"", st, ":\"", "\""),
      else: remote_doc(quoted, context, st)
  end

  # target[key]
  defp to_doc({{:., _, [Access, :get]}, meta, [target, key]}, _context, st) do
    target_doc = remote_target_doc(target, st)
    keys = if keyword?(key), do: key, else: [key]
    concat(target_doc, list_doc(meta, keys, st))
  end

  defp to_doc({:%, _, [name, {:%{}, meta, args}]}, _context, st),
    do: map_doc(meta, to_doc(name, :parens_arg, st), args, st)

  defp to_doc({:%{}, meta, args}, _context, st), do: map_doc(meta, empty(), args, st)

  defp to_doc({:{}, meta, args}, _context, st), do: tuple_doc(meta, args, :flex_break, st)

  defp to_doc({:__block__, meta, [{left, right}]}, _context, st),
    do: tuple_doc(meta, [left, right], :flex_break, st)

  defp to_doc({:__block__, meta, [list]}, _context, st) when is_list(list) do
    case meta[:delimiter] do
      "'''" ->
        text = list |> List.to_string() |> heredoc_text("'''")
        "'''" |> concat(text) |> concat("'''") |> force_unfit()

      "'" ->
        "'" |> concat(list |> List.to_string() |> quoted_text("'")) |> concat("'")

      _ ->
        list_doc(meta, list, st)
    end
  end

  defp to_doc({:__block__, meta, [s]}, _context, _st) when is_binary(s) do
    if meta[:delimiter] == ~s["""] do
      ~s["""] |> concat(heredoc_text(s, ~s["""])) |> concat(~s["""]) |> force_unfit()
    else
      "\"" |> concat(quoted_text(s, "\"")) |> concat("\"")
    end
  end

  defp to_doc({:__block__, meta, [atom]}, _context, _st) when is_atom(atom), do: atom_doc(atom, meta)

  defp to_doc({:__block__, meta, [n]}, _context, _st) when is_integer(n),
    do: integer_text(Keyword.fetch!(meta, :token))

  defp to_doc({:__block__, meta, [f]}, _context, _st) when is_float(f),
    do: float_text(Keyword.fetch!(meta, :token))

  defp to_doc({:__block__, _, [{:unquote_splicing, meta, [_] = args}]}, context, st),
    do: parens(local_doc(:unquote_splicing, meta, args, context, st))

  defp to_doc({:__block__, _, [arg]}, context, st), do: to_doc(arg, context, st)

  defp to_doc({:__block__, _, []}, _context, _st), do: "nil"

  defp to_doc({:__block__, _, _} = block, _context, st), do: surround("(", block_doc(block, st), ")")

  defp to_doc({:__aliases__, _, [head | tail]}, context, st) do
    head_doc = if is_atom(head), do: Atom.to_string(head), else: parens_if_operator(head, context, st)
    Enum.reduce(tail, head_doc, &concat(&2, "." <> Atom.to_string(&1)))
  end

  defp to_doc({:&, _, [arg]}, context, st), do: capture_doc(arg, context, st)

  defp to_doc({:@, meta, [arg]}, context, st), do: attribute_doc(meta, arg, context, st)

  defp to_doc({:not, meta, [{:in, _, [left, right]}]}, context, st),
    do: binary_op_doc(:in, "not in", meta, left, right, context, st)

  defp to_doc({:.., _, []}, context, _st),
    do: if(context in [:no_parens_arg, :no_parens_one_arg], do: "(..)", else: "..")

  defp to_doc({:"..//", meta, [first, last, step]}, context, st),
    do: to_doc({:"//", meta, [{:.., meta, [first, last]}, step]}, context, st)

  defp to_doc({:fn, meta, [_ | _] = clauses}, _context, st), do: fn_doc(clauses, eol?(meta, st), st)

  defp to_doc({name, meta, args}, context, st) when is_atom(name) and is_list(args) do
    with :error <- sigil_doc(name, meta, args, st),
         :error <- unary_op_doc(name, args, context, st),
         :error <- binary_op_doc(name, args, meta, context, st) do
      local_doc(name, meta, args, context, st)
    end
  end

  defp to_doc({_, _, args} = quoted, context, st) when is_list(args), do: remote_doc(quoted, context, st)

  defp to_doc([{:->, _, _} | _] = clauses, _context, st), do: type_fn_doc(clauses, st)

  defp to_doc(list, context, st) when is_list(list),
    do: comma_list(list, &to_doc(&1, context, st))

  # key: value and key => value
  defp to_doc({key, value}, context, st) do
    {key_doc, sep} =
      if keyword_key?(key) do
        {keyword_key_doc(key, st), ""}
      else
        doc = key |> to_doc(context, st) |> parens_if_binary_op(key)
        {doc, " =>"}
      end

    value_doc = to_doc(value, context, st)

    with_next_break_fits(next_break_fits?(value, st), value_doc, fn value_doc ->
      concat(group(key_doc), group(nest(glue(sep, group(value_doc)), 2, :break)))
    end)
  end

  defp to_doc(other, _context, _st), do: inspect(other)

  defp keyword_key_doc({:__block__, _, [:"..//"]}, _st), do: string(~S{"..//":})

  defp keyword_key_doc({:__block__, _, [atom]}, _st) when is_atom(atom) do
    text = Atom.to_string(atom)

    if Macro.classify_atom(atom) in [:identifier, :unquoted],
      do: string(text <> ":"),
      else: string("\"" <> text <> "\":")
  end

  defp keyword_key_doc({{:., _, [:erlang, :binary_to_atom]}, _, [{:<<>>, _, parts}, :utf8]}, st),
    do: interpolation_doc(parts, "\"", st, "\"", "\":")

  ## Blocks

  defp block_doc([{:->, _, _} | _] = clauses, st), do: type_fn_doc(clauses, st)
  defp block_doc({:__block__, _, []}, _st), do: empty()
  defp block_doc({:__block__, _, [_, _ | _] = exprs}, st), do: lines_doc(exprs, st)
  defp block_doc(expr, st), do: lines_doc([expr], st)

  # One expression per line; an expression that spans several lines gets
  # an empty line around it (module attributes do not).
  defp lines_doc(exprs, st) do
    entries =
      Enum.map(exprs, fn {kind, meta, _} = expr ->
        newlines = meta[:end_of_expression][:newlines] || 1
        after_doc = if kind == :@, do: empty(), else: break("")
        {to_doc(expr, :block, st), after_doc, newlines}
      end)

    case join_lines(entries, empty()) do
      [] -> empty()
      [one] -> one
      docs -> docs |> Enum.reduce(&line(&2, &1)) |> force_unfit()
    end
  end

  defp join_lines([{doc, after_doc, newlines} | rest], before_doc) do
    after_doc = if newlines >= 2, do: line(), else: after_doc
    doc = if before_doc != empty(), do: concat(before_doc, doc), else: doc

    doc =
      if rest != [] and after_doc != empty(),
        do: concat(doc, concat(collapse_lines(2), after_doc)),
        else: doc

    [group(doc) | join_lines(rest, after_doc)]
  end

  defp join_lines([], _before_doc), do: []

  ## Operators

  defp unary_op_doc(op, [arg], context, st) do
    case unary_op(op) do
      :error -> :error
      _ -> unary_doc(op, arg, context, st)
    end
  end

  defp unary_op_doc(_op, _args, _context, _st), do: :error

  defp unary_doc(op, arg, context, st) do
    doc = to_doc(arg, operand_context(context, :operand), st)

    doc =
      case arg do
        {^op, _, [_]} when op in [:!, :not] -> doc
        _ -> parens_if_operator_doc(doc, arg)
      end

    concat(if(op == :not, do: "not ", else: Atom.to_string(op)), doc)
  end

  defp binary_op_doc(op, [left, right], meta, context, st) do
    case binary_op(op) do
      :error -> :error
      _ -> binary_op_doc(op, Atom.to_string(op), meta, left, right, context, st)
    end
  end

  defp binary_op_doc(_op, _args, _meta, _context, _st), do: :error

  defp binary_op_doc(op, text, meta, left, right, context, st),
    do: binary_op_doc(op, text, meta, left, right, context, st, st.nesting)

  # `a | b` and `a when b`: a break before each operator, right-nested
  # chains flattened.
  defp binary_op_doc(op, text, _meta, left, right, context, st, _nesting)
       when op in @right_newline_ops do
    info = binary_op(op)
    text = text <> " "
    operands = [{:root, left_context(context), left} | unwrap_right(right, op, right_context(context))]

    docs =
      Enum.map(operands, fn
        {:root, ctx, arg} ->
          operand_doc(arg, ctx, st, op, info, :left, 2)

        {side, ctx, arg} ->
          doc = operand_doc(arg, ctx, st, op, info, side, 0)
          doc = doc |> nest(String.length(text)) |> force_if_many_lines(arg)
          concat(text, doc)
      end)

    doc = join_operands(docs)

    if keyword?(right) and context in [:parens_arg, :no_parens_arg], do: parens(doc), else: doc
  end

  # Pipelines: a break before each operator, left-nested chains flattened.
  defp binary_op_doc(op, _text, _meta, left, right, context, st, _nesting) when op in @pipe_ops do
    info = binary_op(op)
    operands = unwrap_pipes(left, left_context(context), [{op, right_context(context), right}])

    docs =
      Enum.map(operands, fn
        {:root, ctx, arg} ->
          operand_doc(arg, ctx, st, op, info, :left, 2)

        {pipe, ctx, arg} ->
          doc = operand_doc(arg, ctx, st, pipe, binary_op(pipe), :right, 0)
          concat(Atom.to_string(pipe) <> " ", doc)
      end)

    join_operands(docs)
  end

  defp binary_op_doc(op, text, meta, left, right, context, st, nesting) do
    info = binary_op(op)
    left_doc = operand_doc(left, left_context(context), st, op, info, :left, 2)
    right_doc = operand_doc(right, right_context(context), st, op, info, :right, 0)

    cond do
      op in @no_space_ops ->
        concat(concat(group(left_doc), text), group(right_doc))

      op in @no_newline_ops ->
        concat(concat(group(left_doc), " " <> text <> " "), group(right_doc))

      true ->
        eol? = eol?(meta, st)
        fits? = op in @next_break_fits_ops and next_break_fits?(right, st) and not eol?

        with_next_break_fits(fits?, right_doc, fn right_doc ->
          right_doc = nest(glue(" " <> text, group(right_doc)), nesting, :break)
          right_doc = if eol?, do: force_unfit(right_doc), else: right_doc
          concat(group(left_doc), group(right_doc))
        end)
    end
  end

  # Each operand is a group of its own.
  defp join_operands(docs) do
    [first | rest] = Enum.map(docs, &group/1)
    Enum.reduce(rest, first, &glue(&2, &1))
  end

  # (not a) in b, kept as written.
  defp operand_doc({:__block__, _, [{op, _, [arg]}]}, context, st, :in, _info, :left, _nesting)
       when op in [:not, :!],
       do: parens(unary_doc(op, arg, context, st))

  defp operand_doc(operand, context, st, parent_op, {parent_assoc, parent_prec}, side, nesting) do
    with {op, meta, [left, right]} <- operand,
         true <- is_atom(op),
         {_assoc, prec} <- binary_op(op) do
      text = Atom.to_string(op)

      cond do
        parent_prec == prec and parent_assoc == side and (side == :left or op == parent_op) ->
          binary_op_doc(op, text, meta, left, right, context, st, nesting)

        (parent_op in @parens_operand_ops and op not in @no_space_ops) or
          (op in @logical_ops and parent_op in @logical_ops) or parent_prec > prec or
            (parent_prec == prec and parent_assoc != side) ->
          parens(binary_op_doc(op, text, meta, left, right, context, st, 2))

        true ->
          binary_op_doc(op, text, meta, left, right, context, st, 2)
      end
    else
      _ ->
        case operand do
          {:&, _, [arg]}
          when not is_integer(arg) and
                 (side == :left or (parent_assoc == :left and parent_prec > @capture_prec)) ->
            parens(to_doc(operand, context, st))

          _ ->
            to_doc(operand, context, st)
        end
    end
  end

  defp unwrap_pipes({op, _, [left, right]}, context, acc) when op in @pipe_ops,
    do: unwrap_pipes(left, left_context(context), [{op, right_context(context), right} | acc])

  defp unwrap_pipes(left, context, acc), do: [{:root, context, left} | acc]

  defp unwrap_right({op, _, [left, right]}, op, context),
    do: [{:left, left_context(context), left} | unwrap_right(right, op, right_context(context))]

  defp unwrap_right(right, _op, context), do: [{:right, context, right}]

  ## Module attributes

  defp attribute_doc(_meta, {:__aliases__, _, [_, _ | _]} = quoted, _context, st),
    do: concat(concat("@(", to_doc(quoted, :parens_arg, st)), ")")

  defp attribute_doc(_meta, {name, call_meta, [_] = args} = expr, context, st)
       when is_atom(name) and name not in [:__block__, :__aliases__] do
    if Macro.classify_atom(name) == :identifier do
      {call_doc, parens?} = call_args_doc(args, call_meta, context, :skip_unless_many_args, false, st)
      doc = concat(string("@#{name}"), call_doc)
      if parens?, do: parens(doc), else: doc
    else
      unary_doc(:@, expr, context, st)
    end
  end

  defp attribute_doc(_meta, quoted, context, st), do: unary_doc(:@, quoted, context, st)

  ## Captures

  defp capture_doc(n, _context, _st) when is_integer(n), do: "&" <> Integer.to_string(n)

  defp capture_doc(arg, context, st) do
    doc = capture_target_doc(arg, context, st)

    if doc |> Macro.Printer.Doc.render(:infinity) |> String.starts_with?("&"),
      do: concat("& ", doc),
      else: concat("&", doc)
  end

  defp capture_target_doc({:/, _, [{{:., _, [target, fun]}, _, []}, {:__block__, _, [arity]}]}, _context, st)
       when is_atom(fun) and is_integer(arity) do
    target_doc = remote_target_doc(target, st)
    name = Macro.inspect_atom(:remote_call, fun)
    target_doc |> nest(1) |> concat(string(".#{name}/#{arity}"))
  end

  defp capture_target_doc({:/, _, [{name, _, ctx}, {:__block__, _, [arity]}]}, _context, _st)
       when is_atom(name) and is_atom(ctx) and is_integer(arity),
       do: string("#{name}/#{arity}")

  defp capture_target_doc(arg, context, st), do: parens_if_operator_doc(to_doc(arg, context, st), arg)

  ## Calls

  # target.{a, b}
  defp remote_doc({{:., _, [target, :{}]}, meta, args}, _context, st) do
    target_doc = remote_target_doc(target, st)
    concat(concat(target_doc, "."), tuple_doc(meta, args, :break, st))
  end

  # fun.(args)
  defp remote_doc({{:., _, [target]}, meta, args}, context, st) do
    target_doc = remote_target_doc(target, st)
    {call_doc, parens?} = call_args_doc(args, meta, context, :skip_if_do_end, true, st)
    doc = concat(concat(target_doc, "."), call_doc)
    if parens?, do: parens(doc), else: doc
  end

  # Mod.fun(args), var.field
  defp remote_doc({{:., _, [target, fun]}, meta, args}, context, st) when is_atom(fun) do
    target_doc = remote_target_doc(target, st)
    call = target_doc |> concat(".") |> concat(string(Macro.inspect_atom(:remote_call, fun)))

    if args == [] and not module_target?(target) and not is_list(meta[:closing]) do
      call
    else
      {call_doc, parens?} = call_args_doc(args, meta, context, :skip_if_do_end, true, st)
      doc = concat(call, call_doc)
      if parens?, do: parens(doc), else: doc
    end
  end

  # call(args)(more)
  defp remote_doc({target, meta, args}, context, st) do
    target_doc = to_doc(target, :no_parens_arg, st)
    {call_doc, parens?} = call_args_doc(args, meta, context, :required, true, st)
    doc = concat(target_doc, call_doc)
    if parens?, do: parens(doc), else: doc
  end

  defp module_target?({:__MODULE__, _, ctx}) when is_atom(ctx), do: true
  defp module_target?({:__block__, _, [atom]}) when is_atom(atom), do: true
  defp module_target?({:__aliases__, _, _}), do: true
  defp module_target?(_), do: false

  defp remote_target_doc({:fn, _, [_ | _]} = quoted, st), do: parens(to_doc(quoted, :no_parens_arg, st))
  defp remote_target_doc(quoted, st), do: parens_if_operator(quoted, :no_parens_arg, st)

  defp local_doc(name, meta, args, context, st) do
    parens_mode =
      cond do
        is_list(meta[:closing]) -> :skip_if_only_do_end
        local_without_parens?(name, length(args)) -> :skip_unless_many_args
        true -> :skip_if_do_end
      end

    {call_doc, parens?} = call_args_doc(args, meta, context, parens_mode, true, st)
    doc = concat(string(Atom.to_string(name)), call_doc)
    if parens?, do: parens(doc), else: doc
  end

  # Returns {doc, wrap_in_parens?}. The parentheses mode is one of
  # :skip_unless_many_args, :skip_if_only_do_end, :skip_if_do_end, :required.
  defp call_args_doc([], meta, _context, _mode, _kw?, st),
    do: {surround("(", args_doc([], meta, false, :none, :break, st, &to_doc(&1, :parens_arg, st)), ")"), false}

  defp call_args_doc(args, meta, context, mode, kw?, st) do
    {init, last} = split_last(args)

    if blocks = do_end_blocks(meta, last) do
      call_doc =
        case init do
          [] when mode == :required -> "() do"
          [] -> " do"
          _ -> no_blocks_args_doc(meta, init, mode not in [:required, :skip_if_only_do_end], kw?, " do", st)
        end

      doc = call_doc |> concat(blocks_doc(blocks, st)) |> line("end") |> force_unfit()
      {doc, context in [:no_parens_arg, :no_parens_one_arg]}
    else
      bare? = mode == :skip_unless_many_args and context in [:block, :operand, :no_parens_one_arg, :parens_one_arg]
      {no_blocks_args_doc(meta, args, bare?, kw?, empty(), st), false}
    end
  end

  defp no_blocks_args_doc(meta, args, bare?, kw?, extra, st) do
    {init, last} = split_last(args)
    {keyword?, last} = last_arg_keyword(last, kw?)

    context =
      cond do
        init == [] and not keyword? -> if bare?, do: :no_parens_one_arg, else: :parens_one_arg
        true -> if bare?, do: :no_parens_arg, else: :parens_arg
      end

    args = if keyword?, do: init ++ last, else: init ++ [last]
    many_eol? = match?([_, _ | _], args) and eol?(meta, st)
    generators? = Enum.any?(args, &match?({:<-, _, [_, _]}, &1))
    fun = &to_doc(&1, context, st)
    kw_split? = init != [] and keyword? and not generators?

    {doc, fits?} =
      if kw_split? do
        join = if force_args?(init) or many_eol?, do: :line, else: :break
        init_doc = args_doc(init, Keyword.delete(meta, :closing), bare?, :force_comma, join, st, fun)
        join = if force_args?(last) or force_args?(args) or many_eol?, do: :line, else: :break
        last_doc = args_doc(last, meta, false, :none, join, st, fun)
        last_doc = concat(if(join == :line, do: line(), else: break()), last_doc)

        doc =
          if bare? do
            init_doc
            |> concat(next_break_fits(group(last_doc, :inherit), :enabled))
            |> nest(:cursor, :break)
          else
            last_doc =
              last_doc
              |> nest(2, :break)
              |> concat(break(""))
              |> group(:inherit)
              |> next_break_fits(:enabled)

            concat(nest(init_doc, 2, :break), last_doc)
          end

        {doc, true}
      else
        join = if force_args?(args) or many_eol?, do: :line, else: :break
        fits? = join == :break and next_break_fits?(last, st)
        mode = if fits?, do: :next_break_fits, else: :none
        doc = args |> args_doc(meta, bare?, mode, join, st, fun) |> ungroup()
        doc = if bare?, do: nest(doc, :cursor, :break), else: doc |> nest(2, :break) |> concat(break(""))
        {doc, fits?}
      end

    doc =
      cond do
        kw_split? and bare? -> " " |> concat(doc) |> nest(2) |> concat(extra) |> group()
        bare? -> " " |> concat(doc) |> concat(extra) |> group()
        true -> "(" |> concat(break("")) |> nest(2, :break) |> concat(doc) |> concat(")") |> concat(extra) |> group()
      end

    if fits?, do: next_break_fits(doc, :disabled), else: doc
  end

  defp do_end_blocks(meta, [{{:__block__, _, [:do]}, _} | _] = blocks) do
    if is_list(meta[:do]) do
      entries = Enum.map(blocks, fn {{:__block__, _, [key]}, value} -> {key, value} end)
      entries
    end
  end

  defp do_end_blocks(_meta, _last), do: nil

  defp blocks_doc([{:do, value} | rest], st) do
    Enum.reduce(rest, block_entry_doc(empty(), value, st), fn {key, value}, acc ->
      line(acc, block_entry_doc(Atom.to_string(key), value, st))
    end)
  end

  defp block_entry_doc(key_doc, value, st) do
    case clauses_doc(value, st) do
      :empty -> key_doc
      doc -> key_doc |> line(doc) |> nest(2)
    end
  end

  ## Interpolation

  defp charlist_interpolated?(parts) do
    Enum.all?(parts, fn
      {{:., _, [Kernel, :to_string]}, _, [_]} -> true
      part -> is_binary(part)
    end)
  end

  defp interpolated?(parts) do
    Enum.all?(parts, fn
      {:"::", _, [{{:., _, [Kernel, :to_string]}, _, [_]}, {:binary, _, _}]} -> true
      part -> is_binary(part)
    end)
  end

  defp heredoc_start([text | rest]) when is_binary(text), do: ["\n" <> text | rest]
  defp heredoc_start(parts), do: ["\n" | parts]

  defp charlist_interpolation_doc(parts, quote, st, acc, closing) do
    Enum.reduce(parts, acc, fn
      text, acc when is_binary(text) -> concat(acc, quoted_text(text, quote))
      {{:., _, [Kernel, :to_string]}, _, [expr]}, acc -> concat(acc, interpolated_expr_doc(expr, st))
    end)
    |> concat(closing)
  end

  defp interpolation_doc(parts, quote, st, acc, closing) do
    Enum.reduce(parts, acc, fn
      text, acc when is_binary(text) ->
        concat(acc, quoted_text(text, quote))

      {:"::", _, [{{:., _, [Kernel, :to_string]}, _, [expr]}, {:binary, _, _}]}, acc ->
        concat(acc, interpolated_expr_doc(expr, st))
    end)
    |> concat(closing)
  end

  defp interpolated_expr_doc(expr, st) do
    doc = block_doc(expr, %{st | skip_eol: true})
    no_limit(surround("\#{", doc, "}"))
  end

  ## Sigils

  defp sigil_doc(name, meta, args, st) do
    with <<"sigil_", letter>> <- Atom.to_string(name),
         [{:<<>>, _, parts}, mods] when is_list(mods) <- args,
         open when not is_nil(open) <- meta[:delimiter] do
      start = <<?~, letter, open::binary>>

      if open in [~s["""], "'''"] do
        parts
        |> heredoc_start()
        |> interpolation_doc(open, st, start, concat(open, List.to_string(mods)))
        |> force_unfit()
      else
        close = closing_delimiter(open)
        interpolation_doc(parts, close, st, start, concat(close, List.to_string(mods)))
      end
    else
      _ -> :error
    end
  end

  defp closing_delimiter("("), do: ")"
  defp closing_delimiter("["), do: "]"
  defp closing_delimiter("{"), do: "}"
  defp closing_delimiter("<"), do: ">"
  defp closing_delimiter(other), do: other

  ## Bitstrings

  defp bitstring_doc(meta, parts, st) do
    last = length(parts) - 1
    join = if eol?(meta, st), do: :line, else: :flex_break

    {doc, join} =
      parts
      |> Enum.with_index()
      |> args_doc_join(meta, false, :none, join, st, &segment_doc(&1, st, last))

    if join == :flex_break,
      do: "<<" |> concat(doc) |> nest(2) |> concat(">>") |> group(),
      else: surround("<<", doc, ">>")
  end

  defp segment_doc({{:"::", _, [value, spec]}, i}, st, last) do
    spec_doc = spec |> spec_doc(st) |> parens_if_atom_text()
    spec_doc = if i == last, do: segment_parens(spec_doc, i, last), else: spec_doc

    value
    |> to_doc(:parens_arg, st)
    |> segment_parens(i, -1)
    |> concat("::")
    |> concat(spec_doc)
  end

  defp segment_doc({value, i}, st, last), do: segment_parens(to_doc(value, :parens_arg, st), i, last)

  defp spec_doc({op, _, [left, right]}, st) when op in [:-, :*],
    do: concat(concat(spec_doc(left, st), Atom.to_string(op)), spec_element_doc(right, st))

  defp spec_doc(spec, st), do: spec_element_doc(spec, st)

  defp spec_element_doc({atom, meta, args}, st) when is_atom(atom) and args in [nil, []] do
    args = if atom in @bitstring_modifiers, do: nil, else: []
    parens_if_operator({atom, meta, args}, :parens_arg, st)
  end

  defp spec_element_doc(spec, st), do: parens_if_operator(spec, :parens_arg, st)

  defp segment_parens(doc, i, last) when i == 0 or i == last do
    text = Macro.Printer.Doc.render(doc, :infinity)

    if (i == 0 and String.starts_with?(text, ["~", "<<"])) or
         (i == last and String.ends_with?(text, ">>")),
       do: parens(doc),
       else: doc
  end

  defp segment_parens(doc, _i, _last), do: doc

  defp parens_if_atom_text(":" <> _ = doc), do: "(" <> doc <> ")"
  defp parens_if_atom_text(doc), do: doc

  ## Containers and literals

  defp list_doc(meta, items, st) do
    join = if eol?(meta, st), do: :line, else: :break
    surround("[", args_doc(items, meta, false, :none, join, st, &to_doc(&1, :parens_arg, st)), "]")
  end

  defp map_doc(meta, name_doc, [{:|, _, [left, right]}], st) do
    join = if eol?(meta, st), do: :line, else: :break
    fun = &to_doc(&1, :parens_arg, st)
    left_doc = fun.(left)
    right_doc = args_doc(right, meta, false, :none, join, st, fun)
    inner = left_doc |> parens_if_binary_op(left) |> glue(concat("| ", nest(right_doc, 2)))
    surround("%" |> concat(name_doc) |> concat("{"), inner, "}")
  end

  defp map_doc(meta, name_doc, args, st) do
    join = if eol?(meta, st), do: :line, else: :break
    inner = args_doc(args, meta, false, :none, join, st, &to_doc(&1, :parens_arg, st))
    surround("%" |> concat(name_doc) |> concat("{"), inner, "}")
  end

  defp tuple_doc(meta, args, join, st) do
    join = if eol?(meta, st), do: :line, else: join
    {doc, join} = args_doc_join(args, meta, false, :none, join, st, &to_doc(&1, :parens_arg, st))

    if join == :flex_break,
      do: "{" |> concat(doc) |> nest(1) |> concat("}") |> group(),
      else: surround("{", doc, "}")
  end

  defp atom_doc(atom, _meta) when atom in [nil, true, false], do: Atom.to_string(atom)
  defp atom_doc(:"..//", _meta), do: string(":\"..//\"")

  defp atom_doc(:\\, meta),
    do: string(if(meta[:delimiter] == "\"", do: ":\"\\\\\"", else: ":\\\\"))

  defp atom_doc(atom, _meta) do
    text = Atom.to_string(atom)

    if Macro.classify_atom(atom) in [:unquoted, :identifier],
      do: string(":" <> text),
      else: string(":\"" <> String.replace(text, "\"", "\\\"") <> "\"")
  end

  defp integer_text("0x" <> digits), do: "0x" <> String.upcase(digits)
  defp integer_text(<<?0, base, _::binary>> = text) when base in [?b, ?o], do: text
  defp integer_text("?" <> _ = text), do: text
  defp integer_text(text), do: group_digits(text)

  defp float_text(text) do
    [whole, fraction] = :binary.split(text, ".")
    group_digits(whole) <> "." <> String.downcase(fraction)
  end

  # 1234567 is printed 1_234_567.
  defp group_digits(text) do
    if String.contains?(text, "_") or byte_size(text) < 6 do
      text
    else
      text
      |> String.to_charlist()
      |> Enum.reverse()
      |> Enum.chunk_every(3)
      |> Enum.intersperse('_')
      |> List.flatten()
      |> Enum.reverse()
      |> List.to_string()
    end
  end

  defp heredoc_text(text, quote) do
    text = String.replace(text, quote, "\\" <> quote)
    heredoc_lines(["" | String.split(text, "\n")])
  end

  defp quoted_text(text, <<_, _, _>> = quote) do
    text = String.replace(text, quote, "\\" <> quote)
    heredoc_lines(String.split(text, "\n"))
  end

  defp quoted_text(text, quote) do
    text
    |> String.replace(quote, "\\" <> quote)
    |> String.split("\n")
    |> Enum.reverse()
    |> Enum.map(&string/1)
    |> Enum.reduce(&concat(&1, concat(nest(line(), :reset), &2)))
  end

  defp heredoc_lines([text]), do: string(text)
  defp heredoc_lines(["" | rest]), do: rest |> heredoc_line() |> concat(heredoc_lines(rest))

  defp heredoc_lines([text | rest]),
    do: text |> string() |> concat(heredoc_line(rest)) |> concat(heredoc_lines(rest))

  defp heredoc_line(["", _ | _]), do: nest(line(), :reset)
  defp heredoc_line(_), do: line()

  # Arguments joined by commas. The mode of the last one: :none,
  # :force_comma (a comma after it too) or :next_break_fits.
  defp args_doc(args, meta, bare?, last_mode, join, st, fun) do
    {doc, _join} = args_doc_join(args, meta, bare?, last_mode, join, st, fun)
    doc
  end

  defp args_doc_join([], _meta, _bare?, _last_mode, _join, _st, _fun), do: {empty(), :empty}

  defp args_doc_join(args, _meta, _bare?, last_mode, join, _st, fun) do
    docs = with_comma(args, last_mode, fun)

    case join do
      :line -> {docs |> Enum.reduce(&line(&2, &1)) |> force_unfit(), :line}
      :break -> {Enum.reduce(docs, &glue(&2, &1)), :break}
      :flex_break -> {Enum.reduce(docs, &flex_glue(&2, &1)), :flex_break}
    end
  end

  # Each argument is a group of its own, its comma inside the group.
  defp with_comma([arg], last_mode, fun) do
    doc = fun.(arg)

    doc =
      case last_mode do
        :force_comma -> comma_in_last_group(doc)
        :next_break_fits -> next_break_fits(doc, :enabled)
        :none -> doc
      end

    [group(doc)]
  end

  defp with_comma([arg | rest], last_mode, fun),
    do: [group(comma_in_last_group(fun.(arg))) | with_comma(rest, last_mode, fun)]

  ## Anonymous functions

  # fn -> body end
  defp fn_doc([{:->, _meta, [[], body]}] = clauses, _multi?, st) do
    sep = clause_separator(clauses, st)

    "fn ->"
    |> concat(sep)
    |> concat(block_doc(body, st))
    |> nest(2)
    |> concat(sep)
    |> concat("end")
    |> force_if_multi_line(clauses, st)
    |> group()
  end

  # fn args -> body end
  defp fn_doc([{:->, _meta, [args, body]}] = clauses, false, st) do
    head = args |> clause_args_doc(st) |> ungroup() |> concat(" ->") |> nest(:cursor) |> group()
    sep = clause_separator(clauses, st)

    "fn "
    |> concat(head)
    |> concat(sep)
    |> concat(block_doc(body, st))
    |> nest(2)
    |> concat(sep)
    |> concat("end")
    |> force_if_multi_line(clauses, st)
    |> group()
  end

  defp fn_doc(clauses, _multi?, st),
    do: "fn" |> line(clauses_doc(clauses, st)) |> nest(2) |> line("end") |> force_unfit()

  # (() -> body), (args -> body) and multi-clause forms in typespecs.
  defp type_fn_doc([{:->, _meta, [[], body]}] = clauses, st) do
    "(() -> "
    |> concat(nest(block_doc(body, st), :cursor))
    |> concat(")")
    |> force_if_multi_line(clauses, st)
    |> group()
  end

  defp type_fn_doc([{:->, _meta, [args, body]}] = clauses, st) do
    sep = clause_separator(clauses, st)

    args
    |> clause_args_doc(st)
    |> ungroup()
    |> concat(" ->")
    |> group()
    |> concat(sep |> concat(block_doc(body, st)) |> nest(2))
    |> parens()
    |> force_if_multi_line(clauses, st)
    |> group()
  end

  defp type_fn_doc(clauses, st),
    do: "(" |> line(clauses_doc(clauses, st)) |> nest(2) |> line(")") |> force_unfit()

  defp multi_line_clauses?(clauses, st) do
    Enum.any?(clauses, fn {:->, meta, [_, body]} ->
      eol?(meta, st) or match?({:__block__, _, [_, _ | _]}, body)
    end)
  end

  defp clause_separator(clauses, st), do: if(multi_line_clauses?(clauses, st), do: line(), else: break())

  defp force_if_multi_line(doc, clauses, st),
    do: if(multi_line_clauses?(clauses, st), do: force_unfit(doc), else: doc)

  defp clauses_doc([{:->, _, _} | _] = clauses, st) do
    [first | rest] = clauses

    rest
    |> Enum.reduce(clause_doc(first, st), fn clause, acc ->
      acc |> concat(nest(break(""), :reset)) |> line(clause_doc(clause, st))
    end)
    |> force_if_multi_line(clauses, st)
    |> group()
  end

  defp clauses_doc(other, st) do
    case block_doc(other, st) do
      :empty -> :empty
      doc -> group(doc)
    end
  end

  defp clause_doc({:->, _meta, [[], body]}, st), do: "() ->" |> glue(block_doc(body, st)) |> nest(2)

  defp clause_doc({:->, _meta, [args, body]}, st) do
    args_doc = clause_args_doc(args, %{st | nesting: st.nesting + 2})

    args_doc
    |> ungroup()
    |> concat(" ->")
    |> group()
    |> concat(break() |> concat(block_doc(body, st)) |> nest(2))
  end

  # fn a, b when c -> ...
  defp clause_args_doc(args, st), do: group(clause_args_inner(args, st))

  defp clause_args_inner([{:when, meta, args}], st) do
    {init, guard} = split_last(args)
    binary_op_doc(:when, "when", meta, {:__printer_clause_args__, meta, [init]}, guard, :no_parens_arg, st)
  end

  defp clause_args_inner([], _st), do: "()"
  defp clause_args_inner(args, st), do: comma_list(args, &to_doc(&1, :no_parens_arg, st))

  ## Helpers

  defp left_context(context), do: operand_context(context, :parens_arg)
  defp right_context(context), do: operand_context(context, :operand)

  defp operand_context(:no_parens_one_arg, _choice), do: :no_parens_arg
  defp operand_context(:parens_one_arg, _choice), do: :parens_arg
  defp operand_context(:no_parens_arg, _choice), do: :no_parens_arg
  defp operand_context(:parens_arg, _choice), do: :parens_arg
  defp operand_context(:operand, choice), do: choice
  defp operand_context(:block, choice), do: choice

  defp parens_if_operator(quoted, context, st), do: parens_if_operator_doc(to_doc(quoted, context, st), quoted)

  defp parens_if_operator_doc(doc, {:__block__, _, [expr]}), do: parens_if_operator_doc(doc, expr)

  defp parens_if_operator_doc(doc, quoted) do
    if operator?(quoted) and not attribute_read?(quoted) and not match?({:&, _, [n]} when is_integer(n), quoted),
      do: parens(doc),
      else: doc
  end

  defp parens_if_binary_op(doc, quoted), do: if(binary_operator?(quoted), do: parens(doc), else: doc)

  defp parens(doc), do: concat(concat("(", nest(doc, :cursor)), ")")

  defp comma_list([first | rest], fun),
    do: Enum.reduce(rest, fun.(first), fn arg, acc -> glue(concat(acc, ","), fun.(arg)) end)

  defp attribute_read?({:@, _, [{var, _, ctx}]}) when is_atom(var) and is_atom(ctx),
    do: Macro.classify_atom(var) == :identifier

  defp attribute_read?(_), do: false

  defp operator?(quoted), do: unary_operator?(quoted) or binary_operator?(quoted)

  defp binary_operator?({:"..//", _, [_, _, _]}), do: true
  defp binary_operator?({op, _, [_, _]}) when is_atom(op), do: binary_op(op) != :error
  defp binary_operator?(_), do: false

  defp unary_operator?({op, _, [_]}) when is_atom(op), do: unary_op(op) != :error
  defp unary_operator?(_), do: false

  defp with_next_break_fits(false, doc, fun), do: fun.(doc)

  defp with_next_break_fits(true, doc, fun),
    do: doc |> next_break_fits(:enabled) |> fun.() |> next_break_fits(:disabled)

  defp next_break_fits?({:{}, meta, _}, st), do: eol?(meta, st)
  defp next_break_fits?({:__block__, meta, [{_, _}]}, st), do: eol?(meta, st)

  defp next_break_fits?({:<<>>, meta, [_ | _] = parts}, st),
    do: meta[:delimiter] == ~s["""] or (not interpolated?(parts) and eol?(meta, st))

  defp next_break_fits?({{:., _, [List, :to_charlist]}, meta, [[_ | _]]}, _st), do: meta[:delimiter] == "'''"
  defp next_break_fits?({{:., _, [_, :{}]}, _, _}, _st), do: true
  defp next_break_fits?({:__block__, meta, [s]}, _st) when is_binary(s), do: meta[:delimiter] == ~s["""]
  defp next_break_fits?({:__block__, meta, [list]}, _st) when is_list(list), do: meta[:delimiter] != "'"
  defp next_break_fits?({form, _, [_ | _]}, _st) when form in [:fn, :%{}, :%], do: true

  defp next_break_fits?({fun, meta, args}, _st) when is_atom(fun) and is_list(args),
    do: meta[:delimiter] in [~s["""], "'''"] and String.starts_with?(Atom.to_string(fun), "sigil_")

  defp next_break_fits?({{:__block__, _, [atom]}, expr}, st) when is_atom(atom), do: next_break_fits?(expr, st)
  defp next_break_fits?(_, _st), do: false

  # A keyword list written as the last argument: `f(a, k: v)`.
  defp last_arg_keyword([_ | _] = arg, _kw?), do: {keyword?(arg), arg}

  defp last_arg_keyword({:__block__, _meta, [[_ | _] = arg]} = block, true),
    do: if(keyword?(arg), do: {true, arg}, else: {false, block})

  defp last_arg_keyword(arg, _kw?), do: {false, arg}

  # Arguments spread over two or more source lines stay one per line.
  defp force_args?(args), do: match?([_ | _], args) and force_args?(args, %{})

  defp force_args?([[arg | _] | args], lines), do: force_args?([arg | args], lines)

  defp force_args?([arg | args], lines) do
    line =
      case arg do
        {{_, meta, _}, _} -> meta[:line]
        {_, meta, _} -> meta[:line]
      end

    cond do
      is_nil(line) -> force_args?(args, lines)
      Map.has_key?(lines, line) -> false
      true -> force_args?(args, Map.put(lines, line, true))
    end
  end

  defp force_args?([], lines), do: map_size(lines) >= 2

  defp force_if_many_lines(doc, arg), do: if(force_args?(arg), do: force_unfit(doc), else: doc)

  defp keyword?([{_, _} | rest]), do: keyword?(rest)
  defp keyword?(rest), do: rest == []

  defp keyword_key?({:__block__, meta, [atom]}) when is_atom(atom), do: meta[:format] == :keyword

  defp keyword_key?({{:., _, [:erlang, :binary_to_atom]}, meta, [{:<<>>, _, _}, :utf8]}),
    do: meta[:format] == :keyword

  defp keyword_key?(_), do: false

  defp eol?(_meta, %{skip_eol: true}), do: false
  defp eol?(meta, _st), do: Keyword.get(meta, :newlines, 0) > 0

  defp comma_in_last_group({:cat, left, right}), do: {:cat, left, comma_in_last_group(right)}
  defp comma_in_last_group({:grp, inner, mode}), do: {:grp, {:cat, inner, ","}, mode}
  defp comma_in_last_group(other), do: {:cat, other, ","}

  defp ungroup({:grp, inner, _mode}), do: inner
  defp ungroup(other), do: other

  defp surround(left, :empty, right), do: concat(left, right)

  defp surround(left, doc, right),
    do: group(glue(nest(glue(left, "", doc), 2, :break), "", right))

  defp split_last(list) do
    {init, [last]} = Enum.split(list, -1)
    {init, last}
  end

  def unary_op(op) do
    cond do
      op == :& -> {:non_associative, 90}
      op in [:!, :^, :not, :+, :-, :"~~~"] -> {:non_associative, 300}
      op == :@ -> {:non_associative, 320}
      true -> :error
    end
  end

  def binary_op(op) do
    cond do
      op in [:<-, :\\] -> {:left, 40}
      op == :when -> {:right, 50}
      op == :"::" -> {:right, 60}
      op == :| -> {:right, 70}
      op == := -> {:right, 100}
      op in [:||, :|||, :or] -> {:left, 120}
      op in [:&&, :&&&, :and] -> {:left, 130}
      op in [:==, :!=, :=~, :===, :!==] -> {:left, 140}
      op in [:<, :<=, :>=, :>] -> {:left, 150}
      op in [:|>, :<<<, :>>>, :<~, :~>, :<<~, :~>>, :<~>, :"<|>"] -> {:left, 160}
      op == :in -> {:left, 170}
      op == :"^^^" -> {:left, 180}
      op == :"//" -> {:right, 190}
      op in [:++, :--, :.., :<>, :+++, :---] -> {:right, 200}
      op in [:+, :-] -> {:left, 210}
      op in [:*, :/] -> {:left, 220}
      op == :** -> {:left, 230}
      op == :. -> {:left, 310}
      true -> :error
    end
  end
end
