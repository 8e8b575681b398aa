defmodule IEx.Introspection do
  @moduledoc """
  What the shell's `h/1` prints: a module's or a function's documentation,
  read with `Code.fetch_docs/1`, with the function's `@spec`s, laid out by
  `IO.ANSI.Docs` as iex lays it out (in colours when they are enabled).
  """

  @width 80

  # Kernel functions and special forms that the compiler turns straight into
  # Erlang calls or instructions, so no module defines them: their docs live here.
  @builtins [
    {Kernel, :def, :is_atom, 1, "is_atom(term)", "Returns `true` when `term` is an atom, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_binary, 1, "is_binary(term)", "Returns `true` when `term` is a binary (every string is one), `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_integer, 1, "is_integer(term)", "Returns `true` when `term` is an integer, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_list, 1, "is_list(term)", "Returns `true` when `term` is a list (empty or not), `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_map, 1, "is_map(term)", "Returns `true` when `term` is a map (structs included), `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_tuple, 1, "is_tuple(term)", "Returns `true` when `term` is a tuple, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :length, 1, "length(list)", "Counts the elements of `list`, walking all of it.\n\n    iex> length([:a, :b, :c])\n    3\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :hd, 1, "hd(list)", "The first element of a non-empty `list`; raises `ArgumentError` on `[]`.\n\n    iex> hd([1, 2, 3])\n    1\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :tl, 1, "tl(list)", "Everything in a non-empty `list` but its first element.\n\n    iex> tl([1, 2, 3])\n    [2, 3]\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :tuple_size, 1, "tuple_size(tuple)", "How many elements `tuple` holds.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :map_size, 1, "map_size(map)", "How many keys `map` holds.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :div, 2, "div(dividend, divisor)", "Integer division, rounding towards zero.\n\n    iex> div(7, 2)\n    3\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :rem, 2, "rem(dividend, divisor)", "The remainder of an integer division; it has the sign of `dividend`.\n\n    iex> rem(7, 2)\n    1\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :elem, 2, "elem(tuple, index)", "The element of `tuple` at the zero-based `index`; raises `ArgumentError` when `index` is out of range.\n\n    iex> elem({:a, :b, :c}, 1)\n    :b\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :put_elem, 3, "put_elem(tuple, index, value)", "A copy of `tuple` with the element at the zero-based `index` replaced by `value`.\n\n    iex> put_elem({:a, :b}, 0, :z)\n    {:z, :b}", []},
    {Kernel, :def, :self, 0, "self()", "The pid of the process that calls it.", [guard: true]},
    {Kernel, :def, :spawn, 1, "spawn(fun)", "Starts a new process running `fun` (a function of no arguments) and returns its pid at once. The new process is not linked to the caller: see `spawn_link/1`.", []},
    {Kernel, :def, :spawn, 3, "spawn(module, fun, args)", "Starts a new process running `apply(module, fun, args)` and returns its pid.", []},
    {Kernel, :def, :spawn_link, 1, "spawn_link(fun)", "Like `spawn/1`, but the new process is linked to the caller: if one of them ends abnormally, the other gets an exit signal.", []},
    {Kernel, :def, :send, 2, "send(dest, message)", "Puts `message` in the mailbox of `dest` (a pid, a registered name or `{name, node}`) and returns `message`. Sending never blocks and never fails, even when `dest` has ended.\n\n    iex> send(self(), :hello)\n    :hello", []},
    {Kernel, :def, :apply, 2, "apply(fun, args)", "Calls `fun` with the elements of the list `args` as its arguments.\n\n    iex> apply(fn x, y -> x + y end, [1, 2])\n    3", []},
    {Kernel, :def, :apply, 3, "apply(module, function_name, args)", "Calls `module.function_name` with the elements of `args` as its arguments.\n\n    iex> apply(Enum, :reverse, [[1, 2, 3]])\n    [3, 2, 1]", []},
    {Kernel, :def, :inspect, 2, "inspect(term, opts \\\\ [])", "Returns `term` as Elixir code would write it, as a string. The options are those of `Inspect.Opts`, such as `:limit` or `:pretty`.\n\n    iex> inspect(:hello)\n    \":hello\"\n    iex> inspect([1, 2])\n    \"[1, 2]\"", [defaults: 1]},
    {Kernel, :defmacro, :if, 2, "if(condition, clauses)", "Runs the `do` block when `condition` is truthy (anything but `nil` and `false`), and the `else` block, if any, otherwise. Without an `else`, a falsy condition gives `nil`.\n\n    iex> if 1 > 0, do: :yes, else: :no\n    :yes", []},
    {Kernel, :defmacro, :unless, 2, "unless(condition, clauses)", "The reverse of `if/2`: runs the `do` block when `condition` is `nil` or `false`.", []},
    {Kernel, :defmacro, :|>, 2, "left |> right", "The pipe: passes `left` as the first argument of the call on the right.\n\n    iex> [1, 2, 3] |> Enum.map(fn x -> x * 10 end) |> Enum.sum()\n    60", []},
    {Kernel, :defmacro, :def, 2, "def(call, expr \\\\ nil)", "Defines a public function in the current module. Clauses are tried in the order they are written; a `when` guard can restrict a clause.", [defaults: 1]},
    {Kernel, :defmacro, :defmodule, 2, "defmodule(alias, do_block)", "Defines a module named `alias` whose body is the `do` block.", []},
    {Kernel, :def, :"+", 2, "left + right", "Adds two numbers. The result is an integer when both are integers, a float otherwise.\n\n    iex> 1 + 2\n    3\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"-", 2, "left - right", "Subtracts `right` from `left`.\n\n    iex> 5 - 7\n    -2\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"*", 2, "left * right", "Multiplies two numbers.\n\n    iex> 6 * 7\n    42\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"/", 2, "left / right", "Divides `left` by `right`. The result is always a float; use `div/2` and `rem/2` for integer division. Dividing by zero raises `ArithmeticError`.\n\n    iex> 7 / 2\n    3.5\n    iex> 4 / 2\n    2.0\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"+", 1, "+value", "The value itself: unary plus, for symmetry with unary minus.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"-", 1, "-value", "The value with its sign changed.\n\n    iex> -(3)\n    -3\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"++", 2, "left ++ right", "A list of the elements of `left` followed by those of `right`. It copies `left`, so its cost grows with the length of `left` only.\n\n    iex> [1, 2] ++ [3]\n    [1, 2, 3]", []},
    {Kernel, :def, :"--", 2, "left -- right", "The list `left` without the elements of `right`: for each element of `right`, its first occurrence in `left` is removed.\n\n    iex> [1, 2, 3, 2] -- [2]\n    [1, 3, 2]", []},
    {Kernel, :def, :"==", 2, "left == right", "Whether the two terms are equal. Integers and floats compare by value: `1 == 1.0` is `true`; see `===/2` for a strict comparison.\n\n    iex> 1 == 1.0\n    true\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"!=", 2, "left != right", "Whether the two terms are not equal (the opposite of `==/2`).\n\n    iex> 1 != 2\n    true\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"===", 2, "left === right", "Whether the two terms are exactly equal: as `==/2`, but an integer never equals a float.\n\n    iex> 1 === 1.0\n    false\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"!==", 2, "left !== right", "Whether the two terms are not exactly equal (the opposite of `===/2`).\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"<", 2, "left < right", "Whether `left` is smaller than `right`. Any two terms compare: numbers < atoms < references < functions < ports < pids < tuples < maps < lists < bitstrings.\n\n    iex> 1 < 2\n    true\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :">", 2, "left > right", "Whether `left` is greater than `right` (in the same order as `</2`).\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :"<=", 2, "left <= right", "Whether `left` is smaller than or equal to `right`.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :">=", 2, "left >= right", "Whether `left` is greater than or equal to `right`.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :defmacro, :"<>", 2, "left <> right", "Concatenates two binaries (strings). In a pattern, the left side must be a literal: `\"he\" <> rest = \"hello\"` binds `rest` to `\"llo\"`.\n\n    iex> \"foo\" <> \"bar\"\n    \"foobar\"", []},
    {Kernel, :defmacro, :"&&", 2, "left && right", "`right` if `left` is truthy (anything but `nil` and `false`), `left` otherwise. `right` is not evaluated when `left` is falsy.\n\n    iex> true && 1\n    1\n    iex> nil && 1\n    nil", []},
    {Kernel, :defmacro, :"||", 2, "left || right", "`left` if it is truthy (anything but `nil` and `false`), `right` otherwise. `right` is not evaluated when `left` is truthy.\n\n    iex> nil || :default\n    :default", []},
    {Kernel, :defmacro, :"!", 1, "!value", "`true` when `value` is `nil` or `false`, `false` otherwise.\n\n    iex> !nil\n    true", []},
    {Kernel, :defmacro, :and, 2, "left and right", "Strict boolean and: `left` must be a boolean; `right` is evaluated only when `left` is `true`.\n\n    iex> true and false\n    false\n\nAllowed in guards.", [guard: true]},
    {Kernel, :defmacro, :or, 2, "left or right", "Strict boolean or: `left` must be a boolean; `right` is evaluated only when `left` is `false`.\n\n    iex> false or true\n    true\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :not, 1, "not value", "Strict boolean negation: `value` must be a boolean.\n\n    iex> not true\n    false\n\nAllowed in guards.", [guard: true]},
    {Kernel, :defmacro, :in, 2, "left in right", "Whether `left` is an element of the enumerable `right`. In a guard, `right` must be a list or a range known at compile time.\n\n    iex> 2 in [1, 2, 3]\n    true\n    iex> 5 in 1..3\n    false\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_boolean, 1, "is_boolean(term)", "Returns `true` when `term` is `true` or `false`, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_float, 1, "is_float(term)", "Returns `true` when `term` is a float, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_number, 1, "is_number(term)", "Returns `true` when `term` is an integer or a float, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_function, 1, "is_function(term)", "Returns `true` when `term` is a function, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_function, 2, "is_function(term, arity)", "Returns `true` when `term` is a function that takes `arity` arguments, `false` otherwise.\n\n    iex> is_function(fn x -> x end, 1)\n    true\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_pid, 1, "is_pid(term)", "Returns `true` when `term` is a pid, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_reference, 1, "is_reference(term)", "Returns `true` when `term` is a reference, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_bitstring, 1, "is_bitstring(term)", "Returns `true` when `term` is a bitstring (binaries included), `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_map_key, 2, "is_map_key(map, key)", "Returns `true` when `map` has the key `key`.\n\n    iex> is_map_key(%{a: 1}, :a)\n    true\n\nAllowed in guards.", [guard: true, since: "1.10.0"]},
    {Kernel, :defmacro, :is_nil, 1, "is_nil(term)", "Returns `true` when `term` is `nil`, `false` otherwise.\n\n    iex> is_nil(nil)\n    true\n\nAllowed in guards.", [guard: true]},
    {Kernel, :defmacro, :is_struct, 1, "is_struct(term)", "Returns `true` when `term` is a struct, `false` otherwise.\n\nAllowed in guards.", [guard: true, since: "1.10.0"]},
    {Kernel, :def, :abs, 1, "abs(number)", "The absolute value of `number`.\n\n    iex> abs(-3)\n    3\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :round, 1, "round(number)", "`number` rounded to the nearest integer; halves round away from zero.\n\n    iex> round(2.5)\n    3\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :trunc, 1, "trunc(number)", "The integer part of `number`.\n\n    iex> trunc(-2.7)\n    -2\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :floor, 1, "floor(number)", "The largest integer not greater than `number`.\n\n    iex> floor(-2.5)\n    -3\n\nAllowed in guards.", [guard: true, since: "1.8.0"]},
    {Kernel, :def, :ceil, 1, "ceil(number)", "The smallest integer not less than `number`.\n\n    iex> ceil(2.1)\n    3\n\nAllowed in guards.", [guard: true, since: "1.8.0"]},
    {Kernel, :def, :max, 2, "max(first, second)", "The greater of two terms (by the order of `</2`); `first` when they are equal.\n\n    iex> max(1, 2)\n    2", []},
    {Kernel, :def, :min, 2, "min(first, second)", "The smaller of two terms (by the order of `</2`); `first` when they are equal.\n\n    iex> min(1, 2)\n    1", []},
    {Kernel, :def, :byte_size, 1, "byte_size(bitstring)", "The number of bytes in `bitstring`, counting a last partial byte as one. For a string this is not its length in characters: see `String.length/1`.\n\n    iex> byte_size(\"héllo\")\n    6\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :bit_size, 1, "bit_size(bitstring)", "The number of bits in `bitstring`.\n\n    iex> bit_size(<<1, 2>>)\n    16\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :binary_part, 3, "binary_part(binary, start, length)", "The part of `binary` that starts at byte `start` and is `length` bytes long.\n\n    iex> binary_part(\"hello\", 1, 3)\n    \"ell\"\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :make_ref, 0, "make_ref()", "A new reference, unique among all those made while the runtime runs. Often used to tag a request so that its reply can be recognised.", []},
    {Kernel, :def, :exit, 1, "exit(reason)", "Ends the calling process with `reason`. Linked processes receive an exit signal; unless `reason` is `:normal`, those not trapping exits end too.", []},
    {Kernel, :def, :throw, 1, "throw(term)", "Throws `term`, to be caught by a `catch` in a `try`. Meant for non-local returns, not for errors.", []},
    {Kernel, :def, :spawn_link, 3, "spawn_link(module, fun, args)", "Like `spawn/3`, but the new process is linked to the caller.", []},
    {Kernel, :def, :spawn_monitor, 1, "spawn_monitor(fun)", "Starts a new process running `fun` and monitors it; returns `{pid, ref}`. When the process ends, the caller receives `{:DOWN, ref, :process, pid, reason}`.", []},
    {Kernel, :def, :spawn_monitor, 3, "spawn_monitor(module, fun, args)", "Like `spawn_monitor/1`, running `apply(module, fun, args)`.", []},
    {Kernel, :def, :function_exported?, 3, "function_exported?(module, function, arity)", "Whether `module` is loaded and exports a public function `function` of that arity. It does not load the module: see `Code.ensure_loaded/1`.", []},
    {Kernel, :defmacro, :raise, 1, "raise(message)", "Raises an exception. With a string, a `RuntimeError` with that message; with a module, that exception with its default fields; with an exception struct, that exception.\n\n    iex> raise \"oops\"\n    ** (RuntimeError) oops", []},
    {Kernel, :defmacro, :raise, 2, "raise(exception, attributes)", "Raises the exception `exception`, built with `exception.exception(attributes)`.\n\n    iex> raise ArgumentError, message: \"bad\"\n    ** (ArgumentError) bad", []},
    {Kernel, :defmacro, :defp, 2, "defp(call, expr \\\\ nil)", "Defines a private function: callable only from inside the module that defines it.\n\n    defmodule Greeter do\n      def hello(name), do: greeting() <> name\n      defp greeting, do: \"Hello, \"\n    end", [defaults: 1]},
    {Kernel, :defmacro, :defmacro, 2, "defmacro(call, expr \\\\ nil)", "Defines a public macro: a function that receives the quoted forms of its arguments at compile time and returns the code that replaces the call.", [defaults: 1]},
    {Kernel, :defmacro, :defstruct, 1, "defstruct(fields)", "Defines a struct for the current module: a map with a `__struct__` key and the given fields. `fields` is a list of atoms (each defaulting to `nil`) or a keyword list of fields and their defaults.\n\n    defmodule Fraction do\n      defstruct a: nil, b: nil\n    end\n\n    %Fraction{a: 1, b: 2}", []},
    {Kernel, :defmacro, :defexception, 1, "defexception(fields)", "Defines an exception: a struct with an `__exception__` field, that `raise/2` can raise. A `:message` field gives it a message by default.", []},
    {Kernel, :defmacro, :defprotocol, 2, "defprotocol(name, do_block)", "Defines a protocol: functions whose implementation is chosen by the type of their first argument. Implement it for a type with `defimpl/3`.\n\n    defprotocol Size do\n      def size(data)\n    end", []},
    {Kernel, :defmacro, :defimpl, 3, "defimpl(name, opts, do_block \\\\ [])", "Implements the protocol `name` for the type given by `:for`.\n\n    defimpl Size, for: Map do\n      def size(map), do: map_size(map)\n    end", [defaults: 1]},
    {Kernel, :defmacro, :use, 2, "use(module, opts \\\\ [])", "Calls the `__using__/1` macro of `module` with `opts`, injecting the code it returns into the current module. `use GenServer` is the common case.", [defaults: 1]},
    {Kernel, :defmacro, :match?, 2, "match?(pattern, expr)", "Whether the value of `expr` matches `pattern`. Variables bound by the pattern are not kept.\n\n    iex> match?({:ok, _}, {:ok, 1})\n    true", []},
    {Kernel, :defmacro, :put_in, 2, "put_in(path, value)", "Puts `value` at the nested `path`, written as an access expression.\n\n    iex> users = %{\"ann\" => %{age: 30}}\n    iex> put_in(users[\"ann\"].age, 31)\n    %{\"ann\" => %{age: 31}}", []},
    {Kernel, :defmacro, :update_in, 2, "update_in(path, fun)", "Updates the value at the nested `path` with `fun`.\n\n    iex> users = %{\"ann\" => %{age: 30}}\n    iex> update_in(users[\"ann\"].age, &(&1 + 1))\n    %{\"ann\" => %{age: 31}}", []},
    {Kernel, :defmacro, :to_charlist, 1, "to_charlist(term)", "`term` as a charlist, through the `List.Chars` protocol.\n\n    iex> to_charlist(:foo)\n    'foo'", []},
    {Kernel, :defmacro, :binding, 1, "binding(context \\\\ nil)", "The variables bound in the current context, as a keyword list of names and values.", [defaults: 1]},
    {Kernel.SpecialForms, :defmacro, :case, 2, "case(condition, clauses)", "Matches the value of `condition` against each clause's pattern in turn and runs the first clause that matches (and whose guard, if any, holds). If none matches, a `CaseClauseError` is raised.\n\n    case {1, 2} do\n      {1, x} -> x\n      _ -> :other\n    end", []},
    {Kernel.SpecialForms, :defmacro, :cond, 1, "cond(clauses)", "Runs the body of the first clause whose condition is truthy. If none is, a `CondClauseError` is raised; a last `true ->` clause is the usual fallback.", []},
    {Kernel.SpecialForms, :defmacro, :receive, 1, "receive(args)", "Waits for a message in the current process's mailbox that matches one of the clauses, removes it and runs that clause. Messages that match no clause stay in the mailbox. An `after` clause gives up after the given number of milliseconds.\n\n    send(self(), {:ping, 1})\n    receive do\n      {:ping, n} -> n\n    after\n      1000 -> :timeout\n    end", []},
    {Kernel.SpecialForms, :defmacro, :fn, 1, "fn(clauses)", "Defines an anonymous function. Call it with a dot: `f.(args)`.\n\n    iex> add = fn a, b -> a + b end\n    iex> add.(1, 2)\n    3", []},
    {Kernel.SpecialForms, :defmacro, :for, 1, "for(args)", "A comprehension: loops over one or more generators (`x <- enumerable`), skips elements that fail a filter, and collects the results of the `do` block into a list (or into `:into`).\n\n    iex> for x <- 1..4, rem(x, 2) == 0, do: x * x\n    [4, 16]", []}
  ]

  @doc "The functions and macros of `module` that only have entries here, as `{macros, functions}`."
  def builtin_exports(module) do
    found = for {^module, kind, name, arity, _, _, _} <- @builtins, do: {kind, {name, arity}}
    {for({:defmacro, f} <- found, do: f), for({:def, f} <- found, do: f)}
  end

  @doc "Prints the documentation of a module, `{module, fun}` or `{module, fun, arity}`."
  def h({:local, name}), do: h({find_local(name, :any), name})
  def h({:local, name, arity}), do: h({find_local(name, arity), name, arity})

  def h({module, fun}) when is_atom(module) and is_atom(fun) do
    loaded(module, fn ->
      docs = function_docs(module)

      exports =
        cond do
          docs -> Enum.map(docs, fn {{_, name, arity}, _, _, _, _} -> {name, arity} end)
          function_exported?(module, :__info__, 1) -> module.__info__(:functions) ++ module.__info__(:macros)
          true -> module.module_info(:exports)
        end

      shown =
        for {^fun, arity} <- Enum.sort(exports),
            if(docs, do: with_content(docs, fun, arity), else: specs(module, fun, arity) != []) do
          fun_arity(module, fun, arity)
        end

      what = "#{inspect(module)}.#{fun}"

      cond do
        shown != [] -> :ok
        docs && other_kind?(module, [:callback, :macrocallback], fun, :any) -> callback_found(what)
        docs && other_kind?(module, [:type], fun, :any) -> type_found(what)
        docs == nil -> not_compiled_with_docs(module)
        true -> puts_error("No documentation for #{what} was found")
      end
    end)
  end

  def h({module, fun, arity}) when is_atom(module) and is_atom(fun) and is_integer(arity) do
    loaded(module, fn ->
      what = "#{inspect(module)}.#{fun}/#{arity}"

      case fun_arity(module, fun, arity) do
        :ok -> :ok
        :callback -> callback_found(what)
        :type -> type_found(what)
        :no_docs -> not_compiled_with_docs(module)
        :not_found -> puts_error("No documentation for #{what} was found")
      end
    end)
  end

  def h(module) when is_atom(module) do
    loaded(module, fn ->
      case fetch_docs(module) do
        {:docs_v1, _, _, format, %{} = doc, meta, _} -> print_doc([inspect(module)], [], format, doc, meta)
        {:docs_v1, _, _, _, _, _, _} -> puts_error("No documentation for #{inspect(module)} was found")
        _ -> not_compiled_with_docs(module)
      end
    end)
  end

  def h(other) do
    puts_error(
      "The \"h\" helper expects a Module, Module.fun or Module.fun/arity, got: #{inspect(other)}"
    )

    puts_error(
      "If instead of accessing documentation you would like more information about a value " <>
        "or about the result of an expression, use the \"i\" helper instead"
    )

    IEx.dont_display_result()
  end

  @doc "Turns what `h/1` was given (quoted) into the argument of `h/1` above."
  def decompose({:/, _, [call, arity]}) when is_integer(arity) do
    case decompose(call) do
      {:local, name} -> {:{}, [], [:local, name, arity]}
      {module, fun} -> {:{}, [], [module, fun, arity]}
      other -> other
    end
  end

  def decompose({{:., _, [module, fun]}, _, []}) when is_atom(fun), do: {module, fun}
  def decompose({name, _, context}) when is_atom(name) and is_atom(context), do: {:local, name}
  def decompose({name, _, []}) when is_atom(name) and name != :__aliases__, do: {:local, name}
  def decompose(other), do: other

  defp find_local(name, arity) do
    Enum.find([Kernel, Kernel.SpecialForms, IEx.Helpers], Kernel, fn module ->
      docs = function_docs(module) || []
      Enum.any?(docs, fn {{_, n, a}, _, _, _, meta} ->
        n == name and (arity == :any or arity in (a - Map.get(meta, :defaults, 0))..a)
      end)
    end)
  end

  # Runs `fun` when `module` can be loaded; iex's message otherwise.
  defp loaded(module, fun) do
    # Kernel.SpecialForms has no code: its entries are all in @builtins.
    builtin? = Enum.any?(@builtins, &(elem(&1, 0) == module))

    case Code.ensure_loaded(module) do
      {:module, _} -> fun.()
      {:error, _} when builtin? -> fun.()
      {:error, reason} -> puts_error("Could not load module #{inspect(module)}, got: #{reason}")
    end

    IEx.dont_display_result()
  end

  # The docs chunk, with the entries of the functions the compiler inlines.
  defp fetch_docs(module) do
    builtins =
      for {^module, kind, fun, a, signature, text, meta} <- @builtins do
        kind = if kind == :defmacro, do: :macro, else: :function
        {{kind, fun, a}, 0, [signature], %{"en" => text}, Map.new(meta)}
      end

    case Code.fetch_docs(module) do
      {:docs_v1, anno, lang, format, doc, meta, docs} ->
        # An entry here stands in for one the module has without a text.
        ours = MapSet.new(builtins, &elem(&1, 0))
        docs = Enum.reject(docs, &(elem(&1, 3) == :none and MapSet.member?(ours, elem(&1, 0))))
        known = MapSet.new(docs, &elem(&1, 0))
        extra = Enum.reject(builtins, &MapSet.member?(known, elem(&1, 0)))
        {:docs_v1, anno, lang, format, doc, meta, docs ++ extra}

      _ when module == Kernel.SpecialForms ->
        text =
          "The special forms: the constructs the compiler itself understands " <>
            "(`case`, `cond`, `receive`, `fn`, `for`, `try`, `quote`, `import`, " <>
            "`alias`, `require`, ...). They cannot be overridden and are always " <>
            "available, without being imported."

        {:docs_v1, 0, :elixir, "text/markdown", %{"en" => text}, %{}, builtins}

      _ when builtins != [] ->
        {:docs_v1, 0, :elixir, "text/markdown", :none, %{}, builtins}

      other ->
        other
    end
  end

  defp function_docs(module) do
    case fetch_docs(module) do
      {:docs_v1, _, _, _, _, _, docs} ->
        for {{kind, _, _}, _, _, _, _} = doc <- docs, kind in [:function, :macro], do: doc

      _ ->
        nil
    end
  end

  defp other_kind?(module, kinds, fun, arity) do
    case fetch_docs(module) do
      {:docs_v1, _, _, _, _, _, docs} ->
        Enum.any?(docs, fn {{kind, name, a}, _, _, _, _} ->
          kind in kinds and name == fun and (arity == :any or a == arity)
        end)

      _ ->
        false
    end
  end

  # The entry for `fun/arity`, or the one with defaults that has that arity too.
  defp find_doc(docs, fun, arity) do
    Enum.find(docs, &match?({{_, ^fun, ^arity}, _, _, _, _}, &1)) ||
      Enum.find(docs, fn
        {{_, ^fun, a}, _, _, _, %{defaults: defaults}} when a > arity -> a <= arity + defaults
        _ -> false
      end)
  end

  defp with_content(docs, fun, arity) do
    case find_doc(docs, fun, arity) do
      {_, _, _, :hidden, _} -> nil
      found -> found
    end
  end

  defp fun_arity(module, fun, arity) do
    docs = function_docs(module)
    specs = specs(module, fun, arity)
    doc = docs && with_content(docs, fun, arity)

    cond do
      doc ->
        {{kind, _, _}, _, signatures, text, meta} = doc
        word = if kind == :macro, do: "defmacro ", else: "def "
        print_doc(Enum.map(signatures, &(word <> &1)), specs, "text/markdown", text, meta)
        :ok

      docs && other_kind?(module, [:callback, :macrocallback], fun, arity) ->
        :callback

      docs && other_kind?(module, [:type], fun, arity) ->
        :type

      docs == nil and specs != [] ->
        text = %{"en" => "Module was compiled without docs. Showing only specs."}
        print_doc([Exception.format_mfa(module, fun, arity)], specs, "text/markdown", text, %{})
        :ok

      docs == nil ->
        :no_docs

      true ->
        :not_found
    end
  end

  defp print_doc(headings, specs, format, doc, meta) do
    options = [enabled: IO.ANSI.enabled?(), width: 80]
    IO.ANSI.Docs.print_headings(headings, options)
    IO.write(specs)
    IO.ANSI.Docs.print_metadata(meta, options)

    text =
      case doc do
        %{"en" => text} -> text
        _ -> ""
      end

    IO.ANSI.Docs.print(text, format, options)
  end

  ## Specs, as iex shows them: `@spec` and the spec written back as Elixir
  ## reads it after a round trip through Erlang's type forms (every named
  ## type is a call: `integer()`, `String.t()`, `list(t)` is `[t()]`).

  defp specs(module, fun, arity) do
    all =
      try do
        module.module_info(:vial_specs)
      rescue
        _ -> []
      catch
        _, _ -> []
      end

    found =
      for spec <- List.wrap(all), spec_of?(spec, fun, arity) do
        text = spec |> round_trip() |> layout()
        at = if IO.ANSI.enabled?(), do: IO.ANSI.cyan() <> "@spec" <> IO.ANSI.reset(), else: "@spec"
        "  " <> at <> " " <> String.replace(text, "\n", "\n  ") <> "\n"
      end

    if found == [], do: [], else: [found, ?\n]
  end

  # A spec too long for a line of 80 (with its `@spec `) is broken as
  # Elixir's formatter breaks it: before `when`; after `::` when the head
  # fits, else one argument a line. (Only that first level: a long argument
  # stays on its line.)
  defp layout(spec) do
    text = Macro.to_string(spec)

    cond do
      String.length("@spec " <> text) <= 80 ->
        text

      match?({:when, _, [_, vars]} when is_list(vars), spec) ->
        {:when, _, [head, vars]} = spec
        vars = vars |> Macro.to_string() |> String.slice(1..-2//1)
        layout(head) <> "\n      when " <> vars

      match?({:"::", _, [{name, _, [_ | _]}, _]} when is_atom(name), spec) ->
        {:"::", _, [{name, _, args} = head, result]} = spec
        head = Macro.to_string(head)

        cond do
          String.length("@spec " <> head <> " ::") <= 80 ->
            head <> " ::\n        " <> Macro.to_string(result)

          Macro.operator?(name, length(args)) ->
            text

          true ->
            "#{name}(\n" <>
              Enum.map_join(args, ",\n", &("        " <> Macro.to_string(&1))) <>
              "\n      ) :: " <> Macro.to_string(result)
        end

      true ->
        text
    end
  end

  defp spec_of?(spec, fun, arity) do
    case spec_head(spec) do
      {^fun, _, args} when is_list(args) -> length(args) == arity
      {^fun, _, context} when is_atom(context) -> arity == 0
      _ -> false
    end
  end

  defp spec_head({:when, _, [spec, _]}), do: spec_head(spec)
  defp spec_head({:"::", _, [head, _]}), do: head
  defp spec_head(_), do: nil

  defp round_trip({:when, m, [spec, vars]}) when is_list(vars) do
    names = for {name, _} <- vars, do: name
    vars = for {name, type} <- vars, do: {name, type(type, names)}
    {:when, m, [round_trip(spec, names), vars]}
  end

  defp round_trip(spec), do: round_trip(spec, [])

  defp round_trip({:"::", m, [{name, hm, args}, result]}, vars) do
    args = if is_list(args), do: Enum.map(args, &argument(&1, vars)), else: []
    {:"::", m, [{name, hm, args}, type(result, vars)]}
  end

  defp round_trip(other, _vars), do: other

  # A named argument (`x :: integer`) keeps its name.
  defp argument({:"::", m, [{name, _, ctx} = var, type]}, vars) when is_atom(name) and is_atom(ctx),
    do: {:"::", m, [var, type(type, vars)]}

  defp argument(type, vars), do: type(type, vars)

  defp type({name, m, ctx} = var, vars) when is_atom(name) and is_atom(ctx) do
    if name in vars or name in [:_, :...], do: var, else: {name, m, []}
  end

  defp type({:list, _, [t]}, vars), do: [type(t, vars)]
  defp type({:nonempty_list, _, [t]}, vars), do: [type(t, vars), {:..., [], nil}]
  defp type({:"::", m, [left, right]}, vars), do: {:"::", m, [argument(left, vars), type(right, vars)]}
  defp type({:->, m, [args, result]}, vars), do: {:->, m, [Enum.map(args, &type(&1, vars)), type(result, vars)]}
  defp type({{:., _, _} = dot, m, args}, vars), do: {dot, m, Enum.map(args, &type(&1, vars))}
  defp type({:__aliases__, _, _} = alias, _vars), do: alias
  defp type({name, m, args}, vars) when is_list(args), do: {name, m, Enum.map(args, &type(&1, vars))}
  defp type({a, b}, vars), do: {type(a, vars), type(b, vars)}
  defp type(list, vars) when is_list(list), do: Enum.map(list, &type(&1, vars))
  defp type(other, _vars), do: other

  ## Messages

  defp not_compiled_with_docs(module), do: puts_error("#{inspect(module)} was not compiled with docs")

  defp callback_found(what) do
    puts_error("""
    No documentation for function #{what} was found, but there is a callback with the same name.
    You can view callback documentation with the b/1 helper.
    """)
  end

  defp type_found(what) do
    puts_error("""
    No documentation for function #{what} was found, but there is a type with the same name.
    You can view type documentation with the t/1 helper.
    """)
  end

  # An error of `h`: red when colours are on, as iex's `:eval_error` colour.
  defp puts_error(text) do
    if IO.ANSI.enabled?(),
      do: IO.puts(IO.ANSI.red() <> text <> IO.ANSI.reset()),
      else: IO.puts(text)
  end
end
