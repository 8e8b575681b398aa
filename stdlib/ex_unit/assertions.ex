defmodule ExUnit.AssertionError do
  @moduledoc "Raised when an assertion fails; the formatter prints its fields."

  @no_value :ex_unit_no_meaningful_value

  defexception left: @no_value,
               right: @no_value,
               message: @no_value,
               expr: @no_value,
               args: @no_value,
               doctest: @no_value,
               context: :==

  @doc false
  def no_value, do: @no_value

  @impl true
  def message(exception) do
    "\n\n" <> ExUnit.Formatter.format_assertion_error(exception)
  end
end

defmodule ExUnit.TimeoutError do
  @moduledoc "A test ran longer than its timeout."
  defexception [:timeout, :type]

  @impl true
  def message(%{timeout: timeout, type: type}) do
    """
    #{type} timed out after #{timeout}ms. You can change the timeout:

      1. per test by setting "@tag timeout: x" (accepts :infinity)
      2. per test module by setting "@moduletag timeout: x" (accepts :infinity)
      3. globally via "ExUnit.start(timeout: x)" configuration
      4. by running "mix test --timeout x" which sets timeout
      5. or by running "mix test --trace" which sets timeout to infinity
         (useful when using IEx.pry/0)

    where "x" is the timeout given as integer in milliseconds (defaults to 60_000).
    """
  end
end

defmodule ExUnit.MultiError do
  @moduledoc "Several errors raised together."
  defexception errors: []

  @impl true
  def message(%{errors: errors}), do: "got the following errors:\n\n" <> inspect(errors)
end

defmodule ExUnit.Assertions do
  @moduledoc """
  The assertions. `assert` and `refute` are macros so that a failure can show
  the code and both sides of a comparison; the others are functions or macros
  that raise `ExUnit.AssertionError`.
  """

  @operators [:==, :<, :>, :<=, :>=, :===, :=~, :!==, :!=, :in]

  # `[{name, value}]` of the variables pinned in a pattern, as code.
  defp pins(pattern) do
    {_, found} =
      Macro.prewalk(pattern, [], fn
        {:^, _, [{name, _, context} = var]} = pin, acc when is_atom(name) and is_atom(context) ->
          {pin, [{name, var} | acc]}

        other, acc ->
          {other, acc}
      end)

    found |> Enum.reverse() |> Enum.uniq_by(&elem(&1, 0))
  end

  @doc false
  def __pinned__(message, []), do: message

  def __pinned__(message, pins) do
    message <>
      "\nThe following variables were pinned:\n" <>
      Enum.map_join(pins, "\n", fn {name, value} -> "  #{name} = #{inspect(value)}" end)
  end

  defmacro assert({:=, _, [left, right]} = assertion) do
    code = code_string(:assert, assertion)
    left_code = to_code(left)
    plain = strip_when(left)

    quote do
      ex_unit_right = unquote(right)

      unquote(plain) =
        case ex_unit_right do
          unquote(left) ->
            ex_unit_right

          _ ->
            raise ExUnit.AssertionError,
              left: {:ex_unit_code, unquote(left_code)},
              right: ex_unit_right,
              expr: unquote(code),
              context: {:match, []},
              message: ExUnit.Assertions.__pinned__("match (=) failed", unquote(pins(left)))
        end
    end
    |> at_line(__CALLER__.line)
  end

  defmacro assert({:match?, _, [left, right]} = assertion) do
    code = code_string(:assert, assertion)
    left_code = to_code(left)

    quote do
      ex_unit_right = unquote(right)

      case ex_unit_right do
        unquote(left) ->
          true

        _ ->
          raise ExUnit.AssertionError,
            left: {:ex_unit_code, unquote(left_code)},
            right: ex_unit_right,
            expr: unquote(code),
            context: {:match, []},
            message: ExUnit.Assertions.__pinned__("match (match?) failed", unquote(pins(left)))
      end
    end
    |> at_line(__CALLER__.line)
  end

  defmacro assert({op, _, [left, right]} = assertion) when op in @operators do
    code = code_string(:assert, assertion)
    call = {op, [], [quote(do: ex_unit_left), quote(do: ex_unit_right)]}

    quote do
      ex_unit_left = unquote(left)
      ex_unit_right = unquote(right)

      if unquote(call) do
        true
      else
        ExUnit.Assertions.__assert_failed__(unquote(op), ex_unit_left, ex_unit_right, unquote(code))
      end
    end
    |> at_line(__CALLER__.line)
  end

  defmacro assert(assertion) do
    code = code_string(:assert, assertion)

    {setup, call, args} = with_arguments(assertion)

    quote do
      unquote_splicing(setup)
      ex_unit_value = unquote(call)

      if ex_unit_value do
        ex_unit_value
      else
        raise ExUnit.AssertionError,
          expr: unquote(code),
          args: unquote(args),
          message: "Expected truthy, got #{inspect(ex_unit_value)}"
      end
    end
    |> at_line(__CALLER__.line)
  end

  defmacro refute({:match?, _, [left, right]} = assertion) do
    code = code_string(:refute, assertion)
    left_code = to_code(left)

    quote do
      ex_unit_right = unquote(right)

      case ex_unit_right do
        unquote(left) ->
          raise ExUnit.AssertionError,
            left: {:ex_unit_code, unquote(left_code)},
            right: ex_unit_right,
            expr: unquote(code),
            context: {:match, []},
            message: "match (match?) succeeded, but should have failed"

        _ ->
          false
      end
    end
    |> at_line(__CALLER__.line)
  end

  defmacro refute({op, _, [left, right]} = assertion) when op in @operators do
    code = code_string(:refute, assertion)
    call = {op, [], [quote(do: ex_unit_left), quote(do: ex_unit_right)]}

    quote do
      ex_unit_left = unquote(left)
      ex_unit_right = unquote(right)

      if unquote(call) do
        ExUnit.Assertions.__refute_failed__(unquote(op), ex_unit_left, ex_unit_right, unquote(code))
      else
        false
      end
    end
    |> at_line(__CALLER__.line)
  end

  defmacro refute(assertion) do
    code = code_string(:refute, assertion)

    quote do
      ex_unit_value = unquote(assertion)

      if ex_unit_value do
        raise ExUnit.AssertionError,
          expr: unquote(code),
          message: "Expected false or nil, got #{inspect(ex_unit_value)}"
      else
        ex_unit_value
      end
    end
    |> at_line(__CALLER__.line)
  end

  @doc false
  def __assert_failed__(op, left, right, code) do
    if op in [:!=, :!==] and left === right do
      raise ExUnit.AssertionError,
        left: left,
        expr: code,
        message: "Assertion with #{op} failed, both sides are exactly equal"
    else
      raise ExUnit.AssertionError,
        left: left,
        right: right,
        expr: code,
        message: "Assertion with #{op} failed"
    end
  end

  @doc false
  def __refute_failed__(op, left, right, code) do
    if op in [:==, :===, :=~] and left === right do
      raise ExUnit.AssertionError,
        left: left,
        expr: code,
        message: "Refute with #{op} failed, both sides are exactly equal"
    else
      raise ExUnit.AssertionError,
        left: left,
        right: right,
        expr: code,
        message: "Refute with #{op} failed"
    end
  end

  # Gives the generated code the line of the assertion, where a failure
  # is reported (vial takes a statement's line from its call nodes).
  defp at_line(ast, line) do
    Macro.prewalk(ast, fn
      {form, meta, args} when is_list(meta) ->
        if Keyword.has_key?(meta, :line), do: {form, meta, args}, else: {form, [line: line] ++ meta, args}

      other ->
        other
    end)
  end

  # A call of a function (not a macro) with arguments that are not all
  # literals: the arguments are evaluated first so that a failure can show
  # them. Answers the assignments, the call on the variables, and the list
  # of variables (or the "no value" atom).
  @kernel_macros [:!, :&&, :||, :and, :or, :not, :if, :unless, :is_nil, :is_struct,
                  :is_exception, :match?, :in, :to_string, :to_charlist, :put_in, :update_in,
                  :pop_in, :get_and_update_in, :binding, :raise, :reraise, :then, :tap, :dbg,
                  :is_even, :is_odd, :sigil_r, :sigil_s, :sigil_w, :sigil_c, :sigil_D,
                  :sigil_T, :sigil_N, :sigil_U, :defined?, :fn, :case, :cond, :with, :for,
                  :try, :receive, :quote, :__block__, :__aliases__, :%{}, :{}, :%, :<<>>, :&,
                  :"::", :.., :..//, :super, :__MODULE__, :__ENV__, :__CALLER__]

  defp with_arguments({head, meta, [_ | _] = args} = call) do
    name =
      case head do
        {:., _, [{:__aliases__, _, _}, fun]} when is_atom(fun) -> fun
        {:., _, [mod, fun]} when is_atom(mod) and is_atom(fun) -> fun
        fun when is_atom(fun) -> fun
        _ -> nil
      end

    if name != nil and name not in @kernel_macros and plain_name?(name) and
         not Enum.all?(args, &literal?/1) do
      vars = Enum.map(1..length(args), &Macro.var(:"ex_unit_arg#{&1}", __MODULE__))
      setup = Enum.zip_with(vars, args, fn var, arg -> quote(do: unquote(var) = unquote(arg)) end)
      {setup, {head, meta, vars}, vars}
    else
      {[], call, ExUnit.AssertionError.no_value()}
    end
  end

  defp with_arguments(other), do: {[], other, ExUnit.AssertionError.no_value()}

  defp plain_name?(name), do: Regex.match?(~r/^[a-z_][a-zA-Z0-9_]*[?!]?$/, Atom.to_string(name))

  defp literal?(term) when is_atom(term) or is_number(term) or is_binary(term), do: true
  defp literal?(list) when is_list(list), do: Enum.all?(list, &literal?/1)
  defp literal?({left, right}), do: literal?(left) and literal?(right)
  defp literal?({:{}, _, items}), do: Enum.all?(items, &literal?/1)
  defp literal?({:%{}, _, pairs}), do: Enum.all?(pairs, &literal?/1)
  defp literal?({:__aliases__, _, _}), do: true
  defp literal?(_), do: false

  # `assert expr` with only the expression laid out by Macro.to_string/1 (so
  # a line that fits without the `assert` stays one line), as ExUnit does.
  defp code_string(kind, expr), do: Atom.to_string(kind) <> " " <> to_code(expr)

  # Macro.to_string/1 after marking `var.field` as written without parens:
  # vial's parser does not record `no_parens: true` on field access, and
  # without it the printer writes `var.field()`.
  @doc false
  def to_code(ast) do
    ast
    |> Macro.prewalk(fn
      {{:., _, [left, field]} = dot, meta, []} when is_atom(field) ->
        if field_access?(left), do: {dot, [no_parens: true] ++ meta, []}, else: {dot, meta, []}

      # ExUnit keeps the code without its metadata, so a sigil loses its
      # delimiter and prints with `"` (`~r"world"`).
      {name, meta, [_, _] = args} = sigil when is_atom(name) and is_list(meta) ->
        if String.starts_with?(Atom.to_string(name), "sigil_"),
          do: {name, Keyword.delete(meta, :delimiter), args},
          else: sigil

      other ->
        other
    end)
    |> Macro.to_string()
  end

  defp field_access?({name, _, context}) when is_atom(name) and is_atom(context), do: true
  defp field_access?({{:., _, [left, _]}, _, []}), do: field_access?(left)
  defp field_access?(_), do: false

  defp strip_when({:when, _, [pattern, _]}), do: pattern
  defp strip_when(pattern), do: pattern

  @doc "Fails unless `value` is truthy, with `message`."
  def assert(value, message) when is_binary(message) do
    value || raise ExUnit.AssertionError, message: message
  end

  def assert(value, opts) when is_list(opts) do
    value || raise ExUnit.AssertionError, opts
  end

  @doc "Fails when `value` is truthy, with `message`."
  def refute(value, message) do
    not value || raise ExUnit.AssertionError, message: message
  end

  @doc "Fails with `message`."
  @spec flunk(String.t()) :: no_return
  def flunk(message \\ "Flunked!") when is_binary(message) do
    raise ExUnit.AssertionError, message: message
  end

  # (vial's defmacro takes no default arguments, hence a clause per arity)
  defmacro assert_receive(pattern) do
    receive_assertion(:assert_receive, pattern, 100, nil, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defmacro assert_receive(pattern, timeout) do
    receive_assertion(:assert_receive, pattern, timeout, nil, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defmacro assert_receive(pattern, timeout, failure_message) do
    receive_assertion(:assert_receive, pattern, timeout, failure_message, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defmacro assert_received(pattern) do
    receive_assertion(:assert_received, pattern, 0, nil, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defmacro assert_received(pattern, failure_message) do
    receive_assertion(:assert_received, pattern, 0, failure_message, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defp receive_assertion(kind, pattern, timeout, failure_message, line) do
    code = to_code({kind, [], [pattern]})
    pattern_code = to_code(pattern)
    plain = strip_when(pattern)
    received = Macro.var(:ex_unit_received, __MODULE__)
    head = clause_head(pattern, received)

    quote do
      ex_unit_timeout = unquote(timeout)

      unquote(plain) =
        receive do
          unquote(head) -> unquote(received)
        after
          ex_unit_timeout ->
            ExUnit.Assertions.__receive_failed__(
              unquote(kind),
              ex_unit_timeout,
              unquote(pattern_code),
              unquote(code),
              unquote(failure_message),
              unquote(pins(pattern))
            )
        end
    end
  end

  # The receive clause's head: the pattern bound to `received`, and the guard.
  defp clause_head({:when, meta, [pattern, guard]}, received),
    do: {:when, meta, [{:=, [], [pattern, received]}, guard]}

  defp clause_head(pattern, received), do: {:=, [], [pattern, received]}

  @doc false
  def __receive_failed__(kind, timeout, pattern_code, code, failure_message, pins \\ []) do
    message =
      failure_message ||
        case kind do
          :assert_received -> "Assertion failed, no matching message after 0ms"
          _ -> "Assertion failed, no matching message after #{timeout}ms"
        end

    message = if failure_message, do: message, else: __pinned__(message, pins)

    {:messages, messages} = :erlang.process_info(self(), :messages)
    # (the newest ten, as ExUnit shows)
    shown = Enum.take(messages, -10)

    mailbox =
      case messages do
        [] ->
          "\nThe process mailbox is empty."

        _ ->
          n = length(messages)

          "\nShowing #{length(shown)} of #{n} message#{if n == 1, do: "", else: "s"} in the mailbox"
      end

    raise ExUnit.AssertionError,
      message: message <> mailbox,
      expr: code,
      args: {:ex_unit_mailbox, pattern_code, shown}
  end

  defmacro refute_receive(pattern) do
    refute_receive_assertion(pattern, 100, nil, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defmacro refute_receive(pattern, timeout) do
    refute_receive_assertion(pattern, timeout, nil, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defmacro refute_receive(pattern, timeout, failure_message) do
    refute_receive_assertion(pattern, timeout, failure_message, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defmacro refute_received(pattern) do
    refute_receive_assertion(pattern, 0, nil, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defmacro refute_received(pattern, failure_message) do
    refute_receive_assertion(pattern, 0, failure_message, __CALLER__.line)
    |> at_line(__CALLER__.line)
  end

  defp refute_receive_assertion(pattern, timeout, failure_message, line) do
    pattern_code = to_code(pattern)

    quote do
      receive do
        unquote(pattern) = ex_unit_received ->
          message =
            unquote(failure_message) ||
              "Unexpectedly received message #{inspect(ex_unit_received)} (which matched #{unquote(pattern_code)})"

          flunk(message)
      after
        unquote(timeout) -> false
      end
    end
  end

  @doc "Fails unless `left` and `right` differ by at most `delta`."
  def assert_in_delta(left, right, delta, message \\ nil) do
    diff = abs(left - right)

    if diff > delta do
      message =
        message ||
          "Expected the difference between #{inspect(left)} and #{inspect(right)} " <>
            "(#{inspect(diff)}) to be less than or equal to #{inspect(delta)}"

      raise ExUnit.AssertionError, message: message
    end

    true
  end

  @doc "Fails when `left` and `right` differ by at most `delta`."
  def refute_in_delta(left, right, delta, message \\ nil) do
    diff = abs(left - right)

    if diff <= delta do
      message =
        message ||
          "Expected the difference between #{inspect(left)} and #{inspect(right)} " <>
            "(#{inspect(diff)}) to be more than #{inspect(delta)}"

      raise ExUnit.AssertionError, message: message
    end

    false
  end

  @doc "Fails unless `function` raises `exception` with `message` (a string or regex)."
  def assert_raise(exception, message, function) when is_function(function) do
    error = assert_raise(exception, function)

    match? =
      cond do
        is_binary(message) -> Exception.message(error) == message
        true -> Exception.message(error) =~ message
      end

    if not match? do
      raise ExUnit.AssertionError,
        message:
          "Wrong message for #{inspect(exception)}\n" <>
            "expected:\n  #{inspect(message)}\n" <>
            "actual:\n" <> "  #{inspect(Exception.message(error))}"
    end

    error
  end

  @doc "Fails unless `function` raises `exception`; returns it."
  def assert_raise(exception, function) when is_function(function) do
    try do
      function.()
    rescue
      error ->
        name = error.__struct__

        cond do
          name == exception ->
            error

          name == ExUnit.AssertionError ->
            reraise(error, __STACKTRACE__)

          true ->
            reraise ExUnit.AssertionError,
                    [
                      message:
                        "Expected exception #{inspect(exception)} " <>
                          "but got #{inspect(name)} (#{Exception.message(error)})"
                    ],
                    __STACKTRACE__
        end
    else
      _ -> flunk("Expected exception #{inspect(exception)} but nothing was raised")
    end
  end

  defmacro catch_error(expression) do
    quote do
      try do
        _ = unquote(expression)
        flunk("Expected to catch error, got nothing")
      rescue
        e in [ExUnit.AssertionError] -> reraise(e, __STACKTRACE__)
      catch
        :error, ex_unit_reason -> ex_unit_reason
      end
    end
    |> at_line(__CALLER__.line)
  end

  defmacro catch_exit(expression) do
    quote do
      try do
        _ = unquote(expression)
        flunk("Expected to catch exit, got nothing")
      catch
        :exit, ex_unit_reason -> ex_unit_reason
      end
    end
    |> at_line(__CALLER__.line)
  end

  defmacro catch_throw(expression) do
    quote do
      try do
        _ = unquote(expression)
        flunk("Expected to catch throw, got nothing")
      catch
        ex_unit_reason -> ex_unit_reason
      end
    end
    |> at_line(__CALLER__.line)
  end
end
