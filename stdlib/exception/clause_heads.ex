defmodule :vial_clause_heads do
  @moduledoc false
  # The clause heads of Elixir's stdlib functions that can fail to match, as
  # Elixir 1.14's debug info holds them (guards in Elixir's own terms), so an
  # uncaught FunctionClauseError can list the clauses it tried, as Elixir does.
  # Written by a script over the BEAM files' debug info: for each public
  # function of String, List, Keyword, Integer, Float, Tuple, Atom, Map, Enum,
  # Path, Regex, MapSet, Range, Access, Function, Process, IO, Base, Date and
  # Stream with a clause that is not all plain variables, each clause as
  # `Macro.to_string({name, [], args})` plus ` when ` and its guard. To
  # regenerate, run this with `elixir` and put its output below:
  #
  #   # Clause heads of Elixir's public stdlib functions that can fail to match,
  #   # with the guards written back in Elixir's terms, as Exception.blame shows them.
  #   mods = [String, List, Keyword, Integer, Float, Tuple, Atom, Map, Enum, Path, Regex, MapSet, Range, Access, Function, Process, IO, Base, Date, Stream]
  #   ops = %{:"=:=" => :===, :"=/=" => :!==, :"/=" => :!=, :"=<" => :<=, :andalso => :and, :orelse => :or}
  #   back = fn
  #     {:%{}, m, [{:__struct__, Range}, {:first, f}, {:last, l}, {:step, st}]} -> {:"..//", m, [f, l, st]}
  #     {:%{}, m, [{:__struct__, Range}, {:first, f}, {:last, l}]} -> {:.., m, [f, l]}
  #     {:%{}, m, [{:__struct__, mod} | rest]} when is_atom(mod) -> {:%, m, [mod, {:%{}, m, rest}]}
  #     {{:., _, [:erlang, :element]}, m, [i, t]} when is_integer(i) -> {:elem, m, [t, i - 1]}
  #     {{:., _, [:erlang, :is_map_key]}, m, [k, t]} -> {:is_map_key, m, [t, k]}
  #     {{:., _, [:erlang, f]}, m, args} -> {Map.get(ops, f, f), m, args}
  #     other -> other
  #   end
  #   plain? = fn {_m, args, guards, _b} -> guards == [] and Enum.all?(args, &match?({n, _, c} when is_atom(n) and is_atom(c), &1)) end
  #   for mod <- mods do
  #     {:ok, {_, [debug_info: {:debug_info_v1, backend, data}]}} = :beam_lib.chunks(:code.which(mod), [:debug_info])
  #     {:ok, %{definitions: defs}} = backend.debug_info(:elixir_v1, mod, data, [])
  #     for {{name, arity}, :def, _meta, clauses} <- Enum.sort(defs), clauses != [], not Enum.all?(clauses, plain?) do
  #       heads =
  #         for {_m, args, guards, _body} <- clauses do
  #           head = Macro.to_string({name, [], Enum.map(args, &Macro.prewalk(&1, back))})
  #           case guards do
  #             [] -> head
  #             gs -> head <> " when " <> Enum.map_join(gs, " when ", &(&1 |> Macro.prewalk(back) |> Macro.to_string()))
  #           end
  #         end
  #       IO.puts("  def heads(#{inspect(mod)}, #{inspect(name)}, #{arity}),\n    do: #{inspect(heads, limit: :infinity, printable_limit: :infinity)}\n")
  #     end
  #   end

  def heads(String, :at, 2),
    do: ["at(string, position) when is_binary(string) and is_integer(position) and position >= 0", "at(string, position) when is_binary(string) and is_integer(position) and position < 0"]

  def heads(String, :bag_distance, 2),
    do: ["bag_distance(_string, \"\")", "bag_distance(\"\", _string)", "bag_distance(string1, string2) when is_binary(string1) and is_binary(string2)"]

  def heads(String, :capitalize, 2),
    do: ["capitalize(<<char, rest::binary>>, :ascii)", "capitalize(string, mode) when is_binary(string)"]

  def heads(String, :chunk, 2),
    do: ["chunk(\"\", _)", "chunk(string, trait) when is_binary(string) and (trait === :valid or trait === :printable)"]

  def heads(String, :codepoints, 1),
    do: ["codepoints(string) when is_binary(string)"]

  def heads(String, :contains?, 2),
    do: ["contains?(string, contents) when is_binary(string) and is_list(contents)", "contains?(string, contents) when is_binary(string)"]

  def heads(String, :downcase, 2),
    do: ["downcase(\"\", _mode)", "downcase(string, :default) when is_binary(string)", "downcase(string, :ascii) when is_binary(string)", "downcase(string, mode) when is_binary(string) and (mode === :greek or mode === :turkic)"]

  def heads(String, :duplicate, 2),
    do: ["duplicate(subject, n) when is_binary(subject) and is_integer(n) and n >= 0"]

  def heads(String, :ends_with?, 2),
    do: ["ends_with?(string, suffix) when is_binary(string) and is_binary(suffix)", "ends_with?(string, suffix) when is_binary(string) and is_list(suffix)"]

  def heads(String, :equivalent?, 2),
    do: ["equivalent?(string1, string2) when is_binary(string1) and is_binary(string2)"]

  def heads(String, :first, 1),
    do: ["first(string) when is_binary(string)"]

  def heads(String, :graphemes, 1),
    do: ["graphemes(string) when is_binary(string)"]

  def heads(String, :jaro_distance, 2),
    do: ["jaro_distance(string, string)", "jaro_distance(_string, \"\")", "jaro_distance(\"\", _string)", "jaro_distance(string1, string2) when is_binary(string1) and is_binary(string2)"]

  def heads(String, :last, 1),
    do: ["last(\"\")", "last(string) when is_binary(string)"]

  def heads(String, :length, 1),
    do: ["length(string) when is_binary(string)"]

  def heads(String, :ljust, 3),
    do: ["ljust(subject, length, pad) when is_integer(pad) and is_integer(length) and length >= 0"]

  def heads(String, :lstrip, 2),
    do: ["lstrip(string, char) when is_integer(char)"]

  def heads(String, :match?, 2),
    do: ["match?(string, regex) when is_binary(string)"]

  def heads(String, :myers_difference, 2),
    do: ["myers_difference(string1, string2) when is_binary(string1) and is_binary(string2)"]

  def heads(String, :next_codepoint, 1),
    do: ["next_codepoint(<<cp::utf8, rest::binary>>)", "next_codepoint(<<byte, rest::binary>>)", "next_codepoint(<<>>)"]

  def heads(String, :next_grapheme, 1),
    do: ["next_grapheme(string) when is_binary(string)"]

  def heads(String, :next_grapheme_size, 1),
    do: ["next_grapheme_size(string) when is_binary(string)"]

  def heads(String, :normalize, 2),
    do: ["normalize(string, :nfd) when is_binary(string)", "normalize(string, :nfc) when is_binary(string)", "normalize(string, :nfkd) when is_binary(string)", "normalize(string, :nfkc) when is_binary(string)"]

  def heads(String, :pad_leading, 3),
    do: ["pad_leading(string, count, padding) when is_binary(padding)", "pad_leading(string, count, [_ | _] = padding) when is_binary(string) and is_integer(count) and count >= 0"]

  def heads(String, :pad_trailing, 3),
    do: ["pad_trailing(string, count, padding) when is_binary(padding)", "pad_trailing(string, count, [_ | _] = padding) when is_binary(string) and is_integer(count) and count >= 0"]

  def heads(String, :printable?, 2),
    do: ["printable?(string, character_limit) when is_binary(string) and\n  (character_limit == :infinity or (is_integer(character_limit) and character_limit >= 0))"]

  def heads(String, :replace, 4),
    do: ["replace(subject, pattern, replacement, options) when is_binary(subject) and (is_binary(replacement) or is_function(replacement, 1)) and\n  is_list(options)"]

  def heads(String, :replace_leading, 3),
    do: ["replace_leading(string, match, replacement) when is_binary(string) and is_binary(match) and is_binary(replacement)"]

  def heads(String, :replace_prefix, 3),
    do: ["replace_prefix(string, match, replacement) when is_binary(string) and is_binary(match) and is_binary(replacement)"]

  def heads(String, :replace_suffix, 3),
    do: ["replace_suffix(string, match, replacement) when is_binary(string) and is_binary(match) and is_binary(replacement)"]

  def heads(String, :replace_trailing, 3),
    do: ["replace_trailing(string, match, replacement) when is_binary(string) and is_binary(match) and is_binary(replacement)"]

  def heads(String, :reverse, 1),
    do: ["reverse(string) when is_binary(string)"]

  def heads(String, :rjust, 3),
    do: ["rjust(subject, length, pad) when is_integer(pad) and is_integer(length) and length >= 0"]

  def heads(String, :rstrip, 2),
    do: ["rstrip(string, char) when is_integer(char)"]

  def heads(String, :slice, 2),
    do: ["slice(string, first..last//step = range) when is_binary(string)", "slice(string, first..last = range) when is_binary(string)"]

  def heads(String, :slice, 3),
    do: ["slice(_, _, 0)", "slice(string, start, length) when is_binary(string) and is_integer(start) and is_integer(length) and start >= 0 and length >= 0", "slice(string, start, length) when is_binary(string) and is_integer(start) and is_integer(length) and start < 0 and length >= 0"]

  def heads(String, :split, 3),
    do: ["split(string, %Regex{} = pattern, options) when is_binary(string) and is_list(options)", "split(string, \"\", options) when is_binary(string) and is_list(options)", "split(string, [], options) when is_binary(string) and is_list(options)", "split(string, pattern, options) when is_binary(string) and is_list(options)"]

  def heads(String, :split_at, 2),
    do: ["split_at(string, position) when is_binary(string) and is_integer(position) and position >= 0", "split_at(string, position) when is_binary(string) and is_integer(position) and position < 0"]

  def heads(String, :splitter, 3),
    do: ["splitter(string, \"\", options) when is_binary(string) and is_list(options)", "splitter(string, [], options) when is_binary(string) and is_list(options)", "splitter(string, pattern, options) when is_binary(string) and is_list(options)"]

  def heads(String, :starts_with?, 2),
    do: ["starts_with?(string, prefix) when is_binary(string) and is_binary(prefix)", "starts_with?(string, prefix) when is_binary(string) and is_list(prefix)", "starts_with?(string, prefix) when is_binary(string)"]

  def heads(String, :to_atom, 1),
    do: ["to_atom(string) when is_binary(string)"]

  def heads(String, :to_charlist, 1),
    do: ["to_charlist(string) when is_binary(string)"]

  def heads(String, :to_existing_atom, 1),
    do: ["to_existing_atom(string) when is_binary(string)"]

  def heads(String, :to_float, 1),
    do: ["to_float(string) when is_binary(string)"]

  def heads(String, :to_integer, 1),
    do: ["to_integer(string) when is_binary(string)"]

  def heads(String, :to_integer, 2),
    do: ["to_integer(string, base) when is_binary(string) and is_integer(base)"]

  def heads(String, :trim, 1),
    do: ["trim(string) when is_binary(string)"]

  def heads(String, :trim, 2),
    do: ["trim(string, to_trim) when is_binary(string) and is_binary(to_trim)"]

  def heads(String, :trim_leading, 2),
    do: ["trim_leading(string, to_trim) when is_binary(string) and is_binary(to_trim)"]

  def heads(String, :trim_trailing, 2),
    do: ["trim_trailing(string, to_trim) when is_binary(string) and is_binary(to_trim)"]

  def heads(String, :upcase, 2),
    do: ["upcase(\"\", _mode)", "upcase(string, :default) when is_binary(string)", "upcase(string, :ascii) when is_binary(string)", "upcase(string, mode) when is_binary(string) and (mode === :greek or mode === :turkic)"]

  def heads(String, :valid?, 1),
    do: ["valid?(<<string::binary>>)", "valid?(_)"]

  def heads(List, :ascii_printable?, 2),
    do: ["ascii_printable?(list, limit) when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0))"]

  def heads(List, :delete, 2),
    do: ["delete([element | list], element)", "delete([other | list], element)", "delete([], _element)"]

  def heads(List, :delete_at, 2),
    do: ["delete_at(list, index) when is_integer(index)"]

  def heads(List, :first, 2),
    do: ["first([], default)", "first([head | _], _default)"]

  def heads(List, :foldl, 3),
    do: ["foldl(list, acc, fun) when is_list(list) and is_function(fun)"]

  def heads(List, :foldr, 3),
    do: ["foldr(list, acc, fun) when is_list(list) and is_function(fun)"]

  def heads(List, :improper?, 1),
    do: ["improper?(list) when is_list(list) and length(list) >= 0", "improper?(list) when is_list(list)"]

  def heads(List, :insert_at, 3),
    do: ["insert_at(list, index, value) when is_list(list) and is_integer(index)"]

  def heads(List, :keydelete, 3),
    do: ["keydelete(list, key, position) when is_integer(position)"]

  def heads(List, :keyfind, 4),
    do: ["keyfind(list, key, position, default) when is_integer(position)"]

  def heads(List, :keyfind!, 3),
    do: ["keyfind!(list, key, position) when is_integer(position)"]

  def heads(List, :keymember?, 3),
    do: ["keymember?(list, key, position) when is_integer(position)"]

  def heads(List, :keyreplace, 4),
    do: ["keyreplace(list, key, position, new_tuple) when is_integer(position)"]

  def heads(List, :keysort, 3),
    do: ["keysort(list, position, :asc) when is_list(list) and is_integer(position)", "keysort(list, position, sorter) when is_list(list) and is_integer(position)"]

  def heads(List, :keystore, 4),
    do: ["keystore(list, key, position, new_tuple) when is_integer(position)"]

  def heads(List, :keytake, 3),
    do: ["keytake(list, key, position) when is_integer(position)"]

  def heads(List, :last, 2),
    do: ["last([], default)", "last([head], _default)", "last([_ | tail], default)"]

  def heads(List, :myers_difference, 2),
    do: ["myers_difference(list1, list2) when is_list(list1) and is_list(list2)"]

  def heads(List, :myers_difference, 3),
    do: ["myers_difference(list1, list2, diff_script) when is_list(list1) and is_list(list2) and is_function(diff_script)"]

  def heads(List, :pop_at, 3),
    do: ["pop_at(list, index, default) when is_integer(index)"]

  def heads(List, :replace_at, 3),
    do: ["replace_at(list, index, value) when is_list(list) and is_integer(index)"]

  def heads(List, :starts_with?, 2),
    do: ["starts_with?([head | tail], [head | prefix_tail])", "starts_with?(list, []) when is_list(list)", "starts_with?(list, [_ | _]) when is_list(list)"]

  def heads(List, :to_charlist, 1),
    do: ["to_charlist(list) when is_list(list)"]

  def heads(List, :to_string, 1),
    do: ["to_string(list) when is_list(list)"]

  def heads(List, :update_at, 3),
    do: ["update_at(list, index, fun) when is_list(list) and is_function(fun) and is_integer(index)"]

  def heads(List, :wrap, 1),
    do: ["wrap(list) when is_list(list)", "wrap(nil)", "wrap(other)"]

  def heads(List, :zip, 1),
    do: ["zip([])", "zip(list_of_lists) when is_list(list_of_lists)"]

  def heads(Keyword, :delete, 2),
    do: ["delete(keywords, key) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :delete, 3),
    do: ["delete(keywords, key, value) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :delete_first, 2),
    do: ["delete_first(keywords, key) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :drop, 2),
    do: ["drop(keywords, keys) when is_list(keywords) and is_list(keys)"]

  def heads(Keyword, :equal?, 2),
    do: ["equal?(left, right) when is_list(left) and is_list(right)"]

  def heads(Keyword, :fetch, 2),
    do: ["fetch(keywords, key) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :fetch!, 2),
    do: ["fetch!(keywords, key) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :filter, 2),
    do: ["filter(keywords, fun) when is_list(keywords) and is_function(fun, 1)"]

  def heads(Keyword, :from_keys, 2),
    do: ["from_keys(keys, value) when is_list(keys)"]

  def heads(Keyword, :get, 3),
    do: ["get(keywords, key, default) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :get_and_update, 3),
    do: ["get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :get_lazy, 3),
    do: ["get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0)"]

  def heads(Keyword, :get_values, 2),
    do: ["get_values(keywords, key) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :has_key?, 2),
    do: ["has_key?(keywords, key) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :keys, 1),
    do: ["keys(keywords) when is_list(keywords)"]

  def heads(Keyword, :keyword?, 1),
    do: ["keyword?([{key, _value} | rest]) when is_atom(key)", "keyword?([])", "keyword?(_other)"]

  def heads(Keyword, :map, 2),
    do: ["map(keywords, fun) when is_list(keywords)"]

  def heads(Keyword, :merge, 2),
    do: ["merge(keywords1, []) when is_list(keywords1)", "merge([], keywords2) when is_list(keywords2)", "merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2)"]

  def heads(Keyword, :merge, 3),
    do: ["merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3)"]

  def heads(Keyword, :new, 2),
    do: ["new(pairs, transform) when is_function(transform, 1)"]

  def heads(Keyword, :pop, 3),
    do: ["pop(keywords, key, default) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :pop!, 2),
    do: ["pop!(keywords, key) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :pop_first, 3),
    do: ["pop_first(keywords, key, default) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :pop_lazy, 3),
    do: ["pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0)"]

  def heads(Keyword, :pop_values, 2),
    do: ["pop_values(keywords, key) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :put, 3),
    do: ["put(keywords, key, value) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :put_new, 3),
    do: ["put_new(keywords, key, value) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :put_new_lazy, 3),
    do: ["put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0)"]

  def heads(Keyword, :reject, 2),
    do: ["reject(keywords, fun) when is_list(keywords) and is_function(fun, 1)"]

  def heads(Keyword, :replace, 3),
    do: ["replace(keywords, key, value) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :replace!, 3),
    do: ["replace!(keywords, key, value) when is_list(keywords) and is_atom(key)"]

  def heads(Keyword, :replace_lazy, 3),
    do: ["replace_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1)"]

  def heads(Keyword, :split, 2),
    do: ["split(keywords, keys) when is_list(keywords) and is_list(keys)"]

  def heads(Keyword, :take, 2),
    do: ["take(keywords, keys) when is_list(keywords) and is_list(keys)"]

  def heads(Keyword, :to_list, 1),
    do: ["to_list(keywords) when is_list(keywords)"]

  def heads(Keyword, :update, 4),
    do: ["update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1)"]

  def heads(Keyword, :update!, 3),
    do: ["update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1)"]

  def heads(Keyword, :validate, 2),
    do: ["validate(keyword, values) when is_list(keyword) and is_list(values)"]

  def heads(Keyword, :values, 1),
    do: ["values(keywords) when is_list(keywords)"]

  def heads(Integer, :digits, 2),
    do: ["digits(integer, base) when is_integer(integer) and is_integer(base) and base >= 2"]

  def heads(Integer, :extended_gcd, 2),
    do: ["extended_gcd(0, 0)", "extended_gcd(0, b)", "extended_gcd(a, 0)", "extended_gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2)"]

  def heads(Integer, :gcd, 2),
    do: ["gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2)"]

  def heads(Integer, :parse, 2),
    do: ["parse(_binary, base) when not (is_integer(base) and (base >= 2 and base <= 36))", "parse(binary, base) when is_binary(binary)"]

  def heads(Integer, :pow, 2),
    do: ["pow(base, exponent) when is_integer(base) and is_integer(exponent)"]

  def heads(Integer, :undigits, 2),
    do: ["undigits(digits, base) when is_list(digits) and is_integer(base) and base >= 2"]

  def heads(Float, :ceil, 2),
    do: ["ceil(number, 0) when is_float(number)", "ceil(number, precision) when is_float(number) and (is_integer(precision) and (precision >= 0 and precision <= 15))", "ceil(number, precision) when is_float(number)"]

  def heads(Float, :floor, 2),
    do: ["floor(number, 0) when is_float(number)", "floor(number, precision) when is_float(number) and (is_integer(precision) and (precision >= 0 and precision <= 15))", "floor(number, precision) when is_float(number)"]

  def heads(Float, :parse, 1),
    do: ["parse(<<\"-\", binary::binary>>)", "parse(<<\"+\", binary::binary>>)", "parse(binary)"]

  def heads(Float, :pow, 2),
    do: ["pow(base, exponent) when is_float(base) and is_number(exponent)"]

  def heads(Float, :ratio, 1),
    do: ["ratio(0.0)", "ratio(float) when is_float(float)"]

  def heads(Float, :round, 2),
    do: ["round(float, 0) when is_float(float)", "round(float, precision) when is_float(float) and (is_integer(precision) and (precision >= 0 and precision <= 15))", "round(float, precision) when is_float(float)"]

  def heads(Float, :to_charlist, 1),
    do: ["to_charlist(float) when is_float(float)"]

  def heads(Float, :to_string, 1),
    do: ["to_string(float) when is_float(float)"]

  def heads(Tuple, :delete_at, 2),
    do: ["delete_at(tuple, index) when is_integer(index) and index >= 0"]

  def heads(Tuple, :duplicate, 2),
    do: ["duplicate(data, size) when is_integer(size) and size >= 0"]

  def heads(Tuple, :insert_at, 3),
    do: ["insert_at(tuple, index, value) when is_integer(index) and index >= 0"]

  def heads(Map, :drop, 2),
    do: ["drop(map, keys) when is_map(map) and is_list(keys)", "drop(map, keys) when is_map(map)", "drop(non_map, keys)"]

  def heads(Map, :equal?, 2),
    do: ["equal?(%{} = map1, %{} = map2)", "equal?(%{} = map1, map2)", "equal?(term, other)"]

  def heads(Map, :filter, 2),
    do: ["filter(map, fun) when is_map(map) and is_function(fun, 1)"]

  def heads(Map, :from_struct, 1),
    do: ["from_struct(struct) when is_atom(struct)", "from_struct(%_{} = struct)"]

  def heads(Map, :get_and_update, 3),
    do: ["get_and_update(map, key, fun) when is_function(fun, 1)"]

  def heads(Map, :get_and_update!, 3),
    do: ["get_and_update!(map, key, fun) when is_function(fun, 1)"]

  def heads(Map, :get_lazy, 3),
    do: ["get_lazy(map, key, fun) when is_function(fun, 0)"]

  def heads(Map, :map, 2),
    do: ["map(map, fun) when is_map(map)"]

  def heads(Map, :merge, 3),
    do: ["merge(map1, map2, fun) when is_function(fun, 3)"]

  def heads(Map, :new, 1),
    do: ["new(list) when is_list(list)", "new(%_{} = struct)", "new(%{} = map)", "new(enum)"]

  def heads(Map, :new, 2),
    do: ["new(%_{} = enumerable, transform)", "new(%{} = map, transform)", "new(enumerable, transform)"]

  def heads(Map, :pop_lazy, 3),
    do: ["pop_lazy(map, key, fun) when is_function(fun, 0)"]

  def heads(Map, :put_new_lazy, 3),
    do: ["put_new_lazy(map, key, fun) when is_function(fun, 0)"]

  def heads(Map, :reject, 2),
    do: ["reject(map, fun) when is_map(map) and is_function(fun, 1)"]

  def heads(Map, :replace_lazy, 3),
    do: ["replace_lazy(map, key, fun) when is_map(map) and is_function(fun, 1)"]

  def heads(Map, :split, 2),
    do: ["split(map, keys) when is_map(map) and is_list(keys)", "split(map, keys) when is_map(map)", "split(non_map, keys)"]

  def heads(Map, :take, 2),
    do: ["take(map, keys) when is_map(map) and is_list(keys)", "take(map, keys) when is_map(map)", "take(non_map, _keys)"]

  def heads(Map, :update, 4),
    do: ["update(map, key, default, fun) when is_function(fun, 1)"]

  def heads(Map, :update!, 3),
    do: ["update!(map, key, fun) when is_function(fun, 1)"]

  def heads(Enum, :all?, 1),
    do: ["all?(enumerable) when is_list(enumerable)", "all?(enumerable)"]

  def heads(Enum, :all?, 2),
    do: ["all?(enumerable, fun) when is_list(enumerable)", "all?(enumerable, fun)"]

  def heads(Enum, :any?, 1),
    do: ["any?(enumerable) when is_list(enumerable)", "any?(enumerable)"]

  def heads(Enum, :any?, 2),
    do: ["any?(enumerable, fun) when is_list(enumerable)", "any?(enumerable, fun)"]

  def heads(Enum, :at, 3),
    do: ["at(enumerable, index, default) when is_integer(index)"]

  def heads(Enum, :chunk_every, 4),
    do: ["chunk_every(enumerable, count, step, leftover) when is_integer(count) and count > 0 and is_integer(step) and step > 0"]

  def heads(Enum, :concat, 1),
    do: ["concat(list) when is_list(list)", "concat(enums)"]

  def heads(Enum, :concat, 2),
    do: ["concat(left, right) when is_list(left) and is_list(right)", "concat(left, right)"]

  def heads(Enum, :count, 1),
    do: ["count(enumerable) when is_list(enumerable)", "count(enumerable)"]

  def heads(Enum, :count_until, 2),
    do: ["count_until(enumerable, limit) when is_integer(limit) and limit > 0"]

  def heads(Enum, :count_until, 3),
    do: ["count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0"]

  def heads(Enum, :dedup, 1),
    do: ["dedup(enumerable) when is_list(enumerable)", "dedup(enumerable)"]

  def heads(Enum, :drop, 2),
    do: ["drop(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount >= 0", "drop(enumerable, 0)", "drop(enumerable, amount) when is_integer(amount) and amount > 0", "drop(enumerable, amount) when is_integer(amount) and amount < 0"]

  def heads(Enum, :drop_every, 2),
    do: ["drop_every(_enumerable, 1)", "drop_every(enumerable, 0)", "drop_every([], nth) when is_integer(nth)", "drop_every(enumerable, nth) when is_integer(nth) and nth > 1"]

  def heads(Enum, :drop_while, 2),
    do: ["drop_while(enumerable, fun) when is_list(enumerable)", "drop_while(enumerable, fun)"]

  def heads(Enum, :each, 2),
    do: ["each(enumerable, fun) when is_list(enumerable)", "each(enumerable, fun)"]

  def heads(Enum, :empty?, 1),
    do: ["empty?(enumerable) when is_list(enumerable)", "empty?(enumerable)"]

  def heads(Enum, :fetch, 2),
    do: ["fetch(enumerable, index) when is_integer(index)"]

  def heads(Enum, :fetch!, 2),
    do: ["fetch!(enumerable, index) when is_integer(index)"]

  def heads(Enum, :filter, 2),
    do: ["filter(enumerable, fun) when is_list(enumerable)", "filter(enumerable, fun)"]

  def heads(Enum, :filter_map, 3),
    do: ["filter_map(enumerable, filter, mapper) when is_list(enumerable)", "filter_map(enumerable, filter, mapper)"]

  def heads(Enum, :find, 3),
    do: ["find(enumerable, default, fun) when is_list(enumerable)", "find(enumerable, default, fun)"]

  def heads(Enum, :find_index, 2),
    do: ["find_index(enumerable, fun) when is_list(enumerable)", "find_index(enumerable, fun)"]

  def heads(Enum, :find_value, 3),
    do: ["find_value(enumerable, default, fun) when is_list(enumerable)", "find_value(enumerable, default, fun)"]

  def heads(Enum, :flat_map, 2),
    do: ["flat_map(enumerable, fun) when is_list(enumerable)", "flat_map(enumerable, fun)"]

  def heads(Enum, :frequencies_by, 2),
    do: ["frequencies_by(enumerable, key_fun) when is_function(key_fun)"]

  def heads(Enum, :group_by, 3),
    do: ["group_by(enumerable, key_fun, value_fun) when is_function(key_fun)", "group_by(enumerable, dict, fun)"]

  def heads(Enum, :intersperse, 2),
    do: ["intersperse(enumerable, separator) when is_list(enumerable)", "intersperse(enumerable, separator)"]

  def heads(Enum, :into, 2),
    do: ["into(enumerable, [])", "into(%_{} = enumerable, collectable)", "into(enumerable, %_{} = collectable)", "into(enumerable, %{} = collectable)", "into(enumerable, collectable)"]

  def heads(Enum, :into, 3),
    do: ["into(enumerable, [], transform)", "into(%_{} = enumerable, collectable, transform)", "into(enumerable, %_{} = collectable, transform)", "into(enumerable, %{} = collectable, transform)", "into(enumerable, collectable, transform)"]

  def heads(Enum, :join, 2),
    do: ["join(enumerable, \"\")", "join(enumerable, joiner) when is_list(enumerable) and is_binary(joiner)", "join(enumerable, joiner) when is_binary(joiner)"]

  def heads(Enum, :map, 2),
    do: ["map(enumerable, fun) when is_list(enumerable)", "map(enumerable, fun)"]

  def heads(Enum, :map_every, 3),
    do: ["map_every(enumerable, 1, fun)", "map_every(enumerable, 0, _fun)", "map_every([], nth, _fun) when is_integer(nth) and nth > 1", "map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1"]

  def heads(Enum, :map_intersperse, 3),
    do: ["map_intersperse(enumerable, separator, mapper) when is_list(enumerable)", "map_intersperse(enumerable, separator, mapper)"]

  def heads(Enum, :map_join, 3),
    do: ["map_join(enumerable, joiner, mapper) when is_binary(joiner)"]

  def heads(Enum, :map_reduce, 3),
    do: ["map_reduce(enumerable, acc, fun) when is_list(enumerable)", "map_reduce(enumerable, acc, fun)"]

  def heads(Enum, :max, 1),
    do: ["max(list = [_ | _])", "max(x0)"]

  def heads(Enum, :max, 2),
    do: ["max(list = [_ | _], empty_fallback) when is_function(empty_fallback, 0)", "max(enumerable, empty_fallback) when is_function(empty_fallback, 0)", "max(x0, x1)"]

  def heads(Enum, :max_by, 3),
    do: ["max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0)", "max_by(x0, x1, x2)"]

  def heads(Enum, :max_by, 4),
    do: ["max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1)"]

  def heads(Enum, :member?, 2),
    do: ["member?(enumerable, element) when is_list(enumerable)", "member?(enumerable, element)"]

  def heads(Enum, :min, 1),
    do: ["min(list = [_ | _])", "min(x0)"]

  def heads(Enum, :min, 2),
    do: ["min(list = [_ | _], empty_fallback) when is_function(empty_fallback, 0)", "min(enumerable, empty_fallback) when is_function(empty_fallback, 0)", "min(x0, x1)"]

  def heads(Enum, :min_by, 3),
    do: ["min_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0)", "min_by(x0, x1, x2)"]

  def heads(Enum, :min_by, 4),
    do: ["min_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1)"]

  def heads(Enum, :min_max, 2),
    do: ["min_max(first..last//step = range, empty_fallback) when is_function(empty_fallback, 0)", "min_max(enumerable, empty_fallback) when is_function(empty_fallback, 0)"]

  def heads(Enum, :min_max_by, 3),
    do: ["min_max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0)", "min_max_by(x0, x1, x2)"]

  def heads(Enum, :min_max_by, 4),
    do: ["min_max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) and is_atom(sorter) and is_function(empty_fallback, 0)", "min_max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) and is_function(sorter, 2) and is_function(empty_fallback, 0)"]

  def heads(Enum, :random, 1),
    do: ["random(enumerable) when is_list(enumerable)", "random(enumerable)"]

  def heads(Enum, :reduce, 2),
    do: ["reduce([h | t], fun)", "reduce([], _fun)", "reduce(enumerable, fun)"]

  def heads(Enum, :reduce, 3),
    do: ["reduce(enumerable, acc, fun) when is_list(enumerable)", "reduce(first..last//step, acc, fun)", "reduce(%_{} = enumerable, acc, fun)", "reduce(%{} = enumerable, acc, fun)", "reduce(enumerable, acc, fun)"]

  def heads(Enum, :reject, 2),
    do: ["reject(enumerable, fun) when is_list(enumerable)", "reject(enumerable, fun)"]

  def heads(Enum, :reverse, 1),
    do: ["reverse([])", "reverse([_] = list)", "reverse([element1, element2])", "reverse([element1, element2 | rest])", "reverse(enumerable)"]

  def heads(Enum, :reverse, 2),
    do: ["reverse(enumerable, tail) when is_list(enumerable)", "reverse(enumerable, tail)"]

  def heads(Enum, :reverse_slice, 3),
    do: ["reverse_slice(enumerable, start_index, count) when is_integer(start_index) and start_index >= 0 and is_integer(count) and count >= 0"]

  def heads(Enum, :scan, 2),
    do: ["scan([], _fun)", "scan([elem | rest], fun)", "scan(enumerable, fun)"]

  def heads(Enum, :scan, 3),
    do: ["scan(enumerable, acc, fun) when is_list(enumerable)", "scan(enumerable, acc, fun)"]

  def heads(Enum, :slice, 2),
    do: ["slice(enumerable, first..last//step = index_range)", "slice(enumerable, first..last = index_range)"]

  def heads(Enum, :slice, 3),
    do: ["slice(_enumerable, start_index, 0) when is_integer(start_index)", "slice(enumerable, start_index, amount) when is_integer(start_index) and start_index < 0 and is_integer(amount) and amount >= 0", "slice(enumerable, start_index, amount) when is_integer(start_index) and is_integer(amount) and amount >= 0"]

  def heads(Enum, :slide, 3),
    do: ["slide(enumerable, single_index, insertion_index) when is_integer(single_index)", "slide(_, _.._//step = index_range, _insertion_index) when step != 1", "slide(enumerable, first..last, insertion_index) when first < 0 or last < 0 or insertion_index < 0", "slide(enumerable, insertion_index.._, insertion_index)", "slide(_, first..last, insertion_index) when insertion_index > first and insertion_index <= last", "slide(enumerable, first..last, _insertion_index) when first > last", "slide(enumerable, first..last, insertion_index)"]

  def heads(Enum, :sort, 1),
    do: ["sort(enumerable) when is_list(enumerable)", "sort(enumerable)"]

  def heads(Enum, :sort, 2),
    do: ["sort(enumerable, sorter) when is_list(enumerable)", "sort(enumerable, sorter)"]

  def heads(Enum, :sort_by, 3),
    do: ["sort_by(enumerable, mapper, :desc) when is_function(mapper, 1)", "sort_by(enumerable, mapper, sorter) when is_function(mapper, 1)"]

  def heads(Enum, :split, 2),
    do: ["split(enumerable, count) when is_list(enumerable) and is_integer(count) and count >= 0", "split(enumerable, count) when is_integer(count) and count >= 0", "split(enumerable, count) when is_integer(count) and count < 0"]

  def heads(Enum, :split_while, 2),
    do: ["split_while(enumerable, fun) when is_list(enumerable)", "split_while(enumerable, fun)"]

  def heads(Enum, :sum, 1),
    do: ["sum(first..last//step = range)", "sum(enumerable)"]

  def heads(Enum, :take, 2),
    do: ["take(_enumerable, 0)", "take(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount > 0", "take(enumerable, amount) when is_integer(amount) and amount > 0", "take(enumerable, amount) when is_integer(amount) and amount < 0"]

  def heads(Enum, :take_every, 2),
    do: ["take_every(_enumerable, 0)", "take_every(enumerable, 1)", "take_every(list, nth) when is_list(list) and is_integer(nth) and nth > 1", "take_every(enumerable, nth) when is_integer(nth) and nth > 1"]

  def heads(Enum, :take_random, 2),
    do: ["take_random(_enumerable, 0)", "take_random([], _)", "take_random([h | t], 1)", "take_random(enumerable, 1)", "take_random(enumerable, count) when is_integer(count) and (is_integer(count) and (count >= 0 and count <= 128))", "take_random(enumerable, count) when is_integer(count) and count >= 0"]

  def heads(Enum, :take_while, 2),
    do: ["take_while(enumerable, fun) when is_list(enumerable)", "take_while(enumerable, fun)"]

  def heads(Enum, :to_list, 1),
    do: ["to_list(enumerable) when is_list(enumerable)", "to_list(%_{} = enumerable)", "to_list(%{} = enumerable)", "to_list(enumerable)"]

  def heads(Enum, :uniq_by, 2),
    do: ["uniq_by(enumerable, fun) when is_list(enumerable)", "uniq_by(enumerable, fun)"]

  def heads(Enum, :unzip, 1),
    do: ["unzip([_ | _] = list)", "unzip([])", "unzip(enumerable)"]

  def heads(Enum, :with_index, 2),
    do: ["with_index(enumerable, offset) when is_list(enumerable) and is_integer(offset)", "with_index(enumerable, fun) when is_list(enumerable) and is_function(fun, 2)", "with_index(enumerable, offset) when is_integer(offset)", "with_index(enumerable, fun) when is_function(fun, 2)"]

  def heads(Enum, :zip, 1),
    do: ["zip([])", "zip(enumerables)"]

  def heads(Enum, :zip, 2),
    do: ["zip(enumerable1, enumerable2) when is_list(enumerable1) and is_list(enumerable2)", "zip(enumerable1, enumerable2)"]

  def heads(Enum, :zip_reduce, 3),
    do: ["zip_reduce([], acc, reducer) when is_function(reducer, 2)", "zip_reduce(enums, acc, reducer) when is_function(reducer, 2)"]

  def heads(Enum, :zip_reduce, 4),
    do: ["zip_reduce(left, right, acc, reducer) when is_list(left) and is_list(right) and is_function(reducer, 3)", "zip_reduce(left, right, acc, reducer) when is_function(reducer, 3)"]

  def heads(Enum, :zip_with, 2),
    do: ["zip_with([], _fun)", "zip_with(enumerables, zip_fun)"]

  def heads(Enum, :zip_with, 3),
    do: ["zip_with(enumerable1, enumerable2, zip_fun) when is_list(enumerable1) and is_list(enumerable2) and is_function(zip_fun, 2)", "zip_with(enumerable1, enumerable2, zip_fun) when is_function(zip_fun, 2)"]

  def heads(Path, :join, 1),
    do: ["join([name1, name2 | rest])", "join([name])"]

  def heads(Path, :type, 1),
    do: ["type(name) when is_list(name) when is_binary(name)"]

  def heads(Path, :wildcard, 2),
    do: ["wildcard(glob, opts) when is_list(opts)"]

  def heads(Regex, :compile, 2),
    do: ["compile(source, options) when is_binary(source)"]

  def heads(Regex, :compile!, 2),
    do: ["compile!(source, options) when is_binary(source)"]

  def heads(Regex, :escape, 1),
    do: ["escape(string) when is_binary(string)"]

  def heads(Regex, :match?, 2),
    do: ["match?(%Regex{} = regex, string) when is_binary(string)"]

  def heads(Regex, :named_captures, 3),
    do: ["named_captures(regex, string, options) when is_binary(string)"]

  def heads(Regex, :names, 1),
    do: ["names(%Regex{re_pattern: compiled, re_version: version, source: source})"]

  def heads(Regex, :opts, 1),
    do: ["opts(%Regex{opts: opts})"]

  def heads(Regex, :re_pattern, 1),
    do: ["re_pattern(%Regex{re_pattern: compiled})"]

  def heads(Regex, :recompile, 1),
    do: ["recompile(%Regex{} = regex)"]

  def heads(Regex, :regex?, 1),
    do: ["regex?(%Regex{})", "regex?(_)"]

  def heads(Regex, :replace, 4),
    do: ["replace(%Regex{} = regex, string, replacement, options) when is_binary(string) and is_list(options)"]

  def heads(Regex, :run, 3),
    do: ["run(%Regex{} = regex, string, options) when is_binary(string)"]

  def heads(Regex, :scan, 3),
    do: ["scan(%Regex{} = regex, string, options) when is_binary(string)"]

  def heads(Regex, :source, 1),
    do: ["source(%Regex{source: source})"]

  def heads(Regex, :split, 3),
    do: ["split(%Regex{}, \"\", opts)", "split(%Regex{} = regex, string, opts) when is_binary(string) and is_list(opts)"]

  def heads(Regex, :unescape_map, 1),
    do: ["unescape_map(:newline)", "unescape_map(102)", "unescape_map(110)", "unescape_map(114)", "unescape_map(116)", "unescape_map(118)", "unescape_map(97)", "unescape_map(_)"]

  def heads(MapSet, :delete, 2),
    do: ["delete(%MapSet{map: map} = map_set, value)"]

  def heads(MapSet, :difference, 2),
    do: ["difference(%MapSet{map: map1}, %MapSet{map: map2}) when map_size(map1) < map_size(map2) * 2", "difference(%MapSet{map: map1} = map_set, %MapSet{map: map2})"]

  def heads(MapSet, :disjoint?, 2),
    do: ["disjoint?(%MapSet{map: map1}, %MapSet{map: map2})"]

  def heads(MapSet, :equal?, 2),
    do: ["equal?(%MapSet{map: map1, version: version}, %MapSet{map: map2, version: version})", "equal?(%MapSet{map: map1}, %MapSet{map: map2})"]

  def heads(MapSet, :filter, 2),
    do: ["filter(%MapSet{map: map}, fun) when is_map(map) and is_function(fun)"]

  def heads(MapSet, :intersection, 2),
    do: ["intersection(%MapSet{map: map1} = map_set, %MapSet{map: map2})"]

  def heads(MapSet, :member?, 2),
    do: ["member?(%MapSet{map: map}, value)"]

  def heads(MapSet, :new, 1),
    do: ["new(%MapSet{} = map_set)", "new(enumerable)"]

  def heads(MapSet, :new, 2),
    do: ["new(enumerable, transform) when is_function(transform, 1)"]

  def heads(MapSet, :put, 2),
    do: ["put(%MapSet{map: map} = map_set, value)"]

  def heads(MapSet, :reject, 2),
    do: ["reject(%MapSet{map: map}, fun) when is_map(map) and is_function(fun)"]

  def heads(MapSet, :size, 1),
    do: ["size(%MapSet{map: map})"]

  def heads(MapSet, :subset?, 2),
    do: ["subset?(%MapSet{map: map1}, %MapSet{map: map2})"]

  def heads(MapSet, :symmetric_difference, 2),
    do: ["symmetric_difference(%MapSet{map: map1}, %MapSet{map: map2})"]

  def heads(MapSet, :to_list, 1),
    do: ["to_list(%MapSet{map: map})"]

  def heads(MapSet, :union, 2),
    do: ["union(%MapSet{map: map1, version: version} = map_set, %MapSet{map: map2, version: version})", "union(%MapSet{map: map1}, %MapSet{map: map2})"]

  def heads(Range, :disjoint?, 2),
    do: ["disjoint?(first1..last1//step1 = range1, first2..last2//step2 = range2)"]

  def heads(Range, :new, 2),
    do: ["new(first, last) when is_integer(first) and is_integer(last)", "new(first, last)"]

  def heads(Range, :new, 3),
    do: ["new(first, last, step) when is_integer(first) and is_integer(last) and is_integer(step) and step != 0", "new(first, last, step)"]

  def heads(Range, :range?, 1),
    do: ["range?(first..last) when is_integer(first) and is_integer(last)", "range?(_)"]

  def heads(Range, :shift, 2),
    do: ["shift(first..last//step, steps_to_shift) when is_integer(first) and is_integer(last) and is_integer(step) and is_integer(steps_to_shift)"]

  def heads(Range, :size, 1),
    do: ["size(first..last//step) when step > 0 and first > last", "size(first..last//step) when step < 0 and first < last", "size(first..last//step)", "size(first..last = range)"]

  def heads(Access, :at, 1),
    do: ["at(index) when is_integer(index)"]

  def heads(Access, :at!, 1),
    do: ["at!(index) when is_integer(index)"]

  def heads(Access, :elem, 1),
    do: ["elem(index) when is_integer(index) and index >= 0"]

  def heads(Access, :fetch, 2),
    do: ["fetch(%module{} = container, key)", "fetch(map, key) when is_map(map)", "fetch(list, key) when is_list(list) and is_atom(key)", "fetch(list, key) when is_list(list)", "fetch(nil, _key)"]

  def heads(Access, :filter, 1),
    do: ["filter(func) when is_function(func)"]

  def heads(Access, :get, 3),
    do: ["get(%module{} = container, key, default)", "get(map, key, default) when is_map(map)", "get(list, key, default) when is_list(list) and is_atom(key)", "get(list, key, _default) when is_list(list)", "get(nil, _key, default)"]

  def heads(Access, :get_and_update, 3),
    do: ["get_and_update(%module{} = container, key, fun)", "get_and_update(map, key, fun) when is_map(map)", "get_and_update(list, key, fun) when is_list(list)", "get_and_update(nil, key, _fun)"]

  def heads(Access, :pop, 2),
    do: ["pop(%module{} = container, key)", "pop(map, key) when is_map(map)", "pop(list, key) when is_list(list)", "pop(nil, key)"]

  def heads(Access, :slice, 1),
    do: ["slice(%Range{} = range)"]

  def heads(Process, :info, 2),
    do: ["info(pid, :registered_name)", "info(pid, spec) when is_atom(spec) or is_list(spec)"]

  def heads(Process, :register, 2),
    do: ["register(pid_or_port, name) when is_atom(name) and not (name === nil or name === false or name === true or name === :undefined)"]

  def heads(Process, :sleep, 1),
    do: ["sleep(timeout) when is_integer(timeout) and timeout >= 0 when timeout == :infinity"]

  def heads(IO, :binread, 2),
    do: ["binread(device, :all)", "binread(device, :eof)", "binread(device, :line)", "binread(device, count) when is_integer(count) and count >= 0"]

  def heads(IO, :binstream, 2),
    do: ["binstream(device, line_or_bytes) when line_or_bytes == :line when is_integer(line_or_bytes) and line_or_bytes > 0"]

  def heads(IO, :binwrite, 2),
    do: ["binwrite(device, iodata) when is_list(iodata) or is_binary(iodata)"]

  def heads(IO, :chardata_to_string, 1),
    do: ["chardata_to_string(string) when is_binary(string)", "chardata_to_string(list) when is_list(list)"]

  def heads(IO, :getn, 2),
    do: ["getn(prompt, :eof)", "getn(prompt, count) when is_integer(count) and count > 0", "getn(device, prompt) when not is_integer(prompt)"]

  def heads(IO, :getn, 3),
    do: ["getn(device, prompt, :eof)", "getn(device, prompt, count) when is_integer(count) and count > 0"]

  def heads(IO, :inspect, 3),
    do: ["inspect(device, item, opts) when (is_atom(device) or is_pid(device)) and is_list(opts)"]

  def heads(IO, :puts, 2),
    do: ["puts(device, item) when is_atom(device) or is_pid(device)"]

  def heads(IO, :read, 2),
    do: ["read(device, :all)", "read(device, :eof)", "read(device, :line)", "read(device, count) when is_integer(count) and count >= 0"]

  def heads(IO, :stream, 2),
    do: ["stream(device, line_or_codepoints) when line_or_codepoints == :line when is_integer(line_or_codepoints) and line_or_codepoints > 0"]

  def heads(IO, :warn, 2),
    do: ["warn(message, [])", "warn(message, %Macro.Env{} = env)", "warn(message, [{_, _} | _] = keyword)", "warn(message, [{_, _, _, opts} | _] = stacktrace)"]

  def heads(Base, :decode16!, 2),
    do: ["decode16!(string, opts) when is_binary(string) and rem(byte_size(string), 2) == 0", "decode16!(string, _opts) when is_binary(string)"]

  def heads(Base, :decode32!, 2),
    do: ["decode32!(string, opts) when is_binary(string)"]

  def heads(Base, :decode64, 2),
    do: ["decode64(string, opts) when is_binary(string)"]

  def heads(Base, :decode64!, 2),
    do: ["decode64!(string, opts) when is_binary(string)"]

  def heads(Base, :encode16, 2),
    do: ["encode16(data, opts) when is_binary(data)"]

  def heads(Base, :encode32, 2),
    do: ["encode32(data, opts) when is_binary(data)"]

  def heads(Base, :encode64, 2),
    do: ["encode64(data, opts) when is_binary(data)"]

  def heads(Base, :hex_decode32!, 2),
    do: ["hex_decode32!(string, opts) when is_binary(string)"]

  def heads(Base, :hex_encode32, 2),
    do: ["hex_encode32(data, opts) when is_binary(data)"]

  def heads(Base, :url_decode64, 2),
    do: ["url_decode64(string, opts) when is_binary(string)"]

  def heads(Base, :url_decode64!, 2),
    do: ["url_decode64!(string, opts) when is_binary(string)"]

  def heads(Base, :url_encode64, 2),
    do: ["url_encode64(data, opts) when is_binary(data)"]

  def heads(Date, :add, 2),
    do: ["add(%{calendar: Calendar.ISO} = date, days)", "add(%{calendar: calendar} = date, days)"]

  def heads(Date, :beginning_of_month, 1),
    do: ["beginning_of_month(%{year: year, month: month, calendar: calendar})"]

  def heads(Date, :beginning_of_week, 2),
    do: ["beginning_of_week(%{calendar: Calendar.ISO} = date, starting_on)", "beginning_of_week(%{calendar: calendar} = date, starting_on)"]

  def heads(Date, :compare, 2),
    do: ["compare(%{calendar: calendar} = date1, %{calendar: calendar} = date2)", "compare(%{calendar: calendar1} = date1, %{calendar: calendar2} = date2)"]

  def heads(Date, :convert, 2),
    do: ["convert(%{calendar: calendar, year: year, month: month, day: day}, calendar)", "convert(%{calendar: calendar} = date, target_calendar)"]

  def heads(Date, :day_of_era, 1),
    do: ["day_of_era(%{calendar: calendar, year: year, month: month, day: day})"]

  def heads(Date, :day_of_week, 2),
    do: ["day_of_week(%{calendar: calendar, year: year, month: month, day: day}, starting_on)"]

  def heads(Date, :day_of_year, 1),
    do: ["day_of_year(%{calendar: calendar, year: year, month: month, day: day})"]

  def heads(Date, :days_in_month, 1),
    do: ["days_in_month(%{calendar: calendar, year: year, month: month})"]

  def heads(Date, :diff, 2),
    do: ["diff(%{calendar: Calendar.ISO} = date1, %{calendar: Calendar.ISO} = date2)", "diff(%{calendar: calendar1} = date1, %{calendar: calendar2} = date2)"]

  def heads(Date, :end_of_month, 1),
    do: ["end_of_month(%{year: year, month: month, calendar: calendar} = date)"]

  def heads(Date, :end_of_week, 2),
    do: ["end_of_week(%{calendar: Calendar.ISO} = date, starting_on)", "end_of_week(%{calendar: calendar} = date, starting_on)"]

  def heads(Date, :from_erl, 2),
    do: ["from_erl({year, month, day}, calendar)"]

  def heads(Date, :from_gregorian_days, 2),
    do: ["from_gregorian_days(days, calendar) when is_integer(days)"]

  def heads(Date, :leap_year?, 1),
    do: ["leap_year?(%{calendar: calendar, year: year})"]

  def heads(Date, :months_in_year, 1),
    do: ["months_in_year(%{calendar: calendar, year: year})"]

  def heads(Date, :quarter_of_year, 1),
    do: ["quarter_of_year(%{calendar: calendar, year: year, month: month, day: day})"]

  def heads(Date, :range, 2),
    do: ["range(%{calendar: calendar} = first, %{calendar: calendar} = last)", "range(%{calendar: _, year: _, month: _, day: _}, %{calendar: _, year: _, month: _, day: _})"]

  def heads(Date, :range, 3),
    do: ["range(%{calendar: calendar} = first, %{calendar: calendar} = last, step) when is_integer(step) and step != 0", "range(\n  %{calendar: _, year: _, month: _, day: _} = first,\n  %{calendar: _, year: _, month: _, day: _} = last,\n  step\n)"]

  def heads(Date, :to_iso8601, 2),
    do: ["to_iso8601(%{calendar: Calendar.ISO} = date, format) when format === :basic or format === :extended", "to_iso8601(%{calendar: _} = date, format) when format === :basic or format === :extended"]

  def heads(Date, :to_iso_days, 1),
    do: ["to_iso_days(%{calendar: Calendar.ISO, year: year, month: month, day: day})", "to_iso_days(%{calendar: calendar, year: year, month: month, day: day})"]

  def heads(Date, :to_string, 1),
    do: ["to_string(%{calendar: calendar, year: year, month: month, day: day})"]

  def heads(Date, :utc_today, 1),
    do: ["utc_today(Calendar.ISO)", "utc_today(calendar)"]

  def heads(Date, :year_of_era, 1),
    do: ["year_of_era(%{calendar: calendar, year: year, month: month, day: day})"]

  def heads(Stream, :chunk, 4),
    do: ["chunk(enum, n, step, leftover) when is_integer(n) and n > 0 and is_integer(step) and step > 0"]

  def heads(Stream, :chunk_by, 2),
    do: ["chunk_by(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :chunk_every, 4),
    do: ["chunk_every(enum, count, step, leftover) when is_integer(count) and count > 0 and is_integer(step) and step > 0"]

  def heads(Stream, :chunk_while, 4),
    do: ["chunk_while(enum, acc, chunk_fun, after_fun) when is_function(chunk_fun, 2) and is_function(after_fun, 1)"]

  def heads(Stream, :cycle, 1),
    do: ["cycle([])", "cycle(enumerable) when is_list(enumerable)", "cycle(enumerable)"]

  def heads(Stream, :dedup_by, 2),
    do: ["dedup_by(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :drop, 2),
    do: ["drop(enum, n) when is_integer(n) and n >= 0", "drop(enum, n) when is_integer(n) and n < 0"]

  def heads(Stream, :drop_every, 2),
    do: ["drop_every(enum, 0)", "drop_every([], _nth)", "drop_every(enum, nth) when is_integer(nth) and nth > 0"]

  def heads(Stream, :drop_while, 2),
    do: ["drop_while(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :duplicate, 2),
    do: ["duplicate(value, n) when is_integer(n) and n >= 0"]

  def heads(Stream, :each, 2),
    do: ["each(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :filter, 2),
    do: ["filter(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :flat_map, 2),
    do: ["flat_map(enum, mapper) when is_function(mapper, 1)"]

  def heads(Stream, :interval, 1),
    do: ["interval(n) when is_integer(n) and n >= 0 when n == :infinity"]

  def heads(Stream, :into, 3),
    do: ["into(enum, collectable, transform) when is_function(transform, 1)"]

  def heads(Stream, :iterate, 2),
    do: ["iterate(start_value, next_fun) when is_function(next_fun, 1)"]

  def heads(Stream, :map, 2),
    do: ["map(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :map_every, 3),
    do: ["map_every(enum, nth, fun) when is_integer(nth) and nth >= 0 and is_function(fun, 1)"]

  def heads(Stream, :reject, 2),
    do: ["reject(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :repeatedly, 1),
    do: ["repeatedly(generator_fun) when is_function(generator_fun, 0)"]

  def heads(Stream, :resource, 3),
    do: ["resource(start_fun, next_fun, after_fun) when is_function(start_fun, 0) and is_function(next_fun, 1) and is_function(after_fun, 1)"]

  def heads(Stream, :scan, 2),
    do: ["scan(enum, fun) when is_function(fun, 2)"]

  def heads(Stream, :scan, 3),
    do: ["scan(enum, acc, fun) when is_function(fun, 2)"]

  def heads(Stream, :take, 2),
    do: ["take(enum, count) when is_integer(count)"]

  def heads(Stream, :take_every, 2),
    do: ["take_every(enum, nth) when is_integer(nth) and nth >= 0"]

  def heads(Stream, :take_while, 2),
    do: ["take_while(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :timer, 1),
    do: ["timer(n) when is_integer(n) and n >= 0 when n == :infinity"]

  def heads(Stream, :transform, 3),
    do: ["transform(enum, acc, reducer) when is_function(reducer, 2)"]

  def heads(Stream, :transform, 4),
    do: ["transform(enum, start_fun, reducer, after_fun) when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(after_fun, 1)"]

  def heads(Stream, :transform, 5),
    do: ["transform(enum, start_fun, reducer, last_fun, after_fun) when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(last_fun, 1) and\n  is_function(after_fun, 1)"]

  def heads(Stream, :unfold, 2),
    do: ["unfold(next_acc, next_fun) when is_function(next_fun, 1)"]

  def heads(Stream, :uniq_by, 2),
    do: ["uniq_by(enum, fun) when is_function(fun, 1)"]

  def heads(Stream, :with_index, 2),
    do: ["with_index(enum, offset) when is_integer(offset)"]

  def heads(Stream, :zip_with, 2),
    do: ["zip_with(enumerables, zip_fun) when is_function(zip_fun, 1)"]

  def heads(Stream, :zip_with, 3),
    do: ["zip_with(enumerable1, enumerable2, zip_fun) when is_list(enumerable1) and is_list(enumerable2) and is_function(zip_fun, 2)", "zip_with(enumerable1, enumerable2, zip_fun) when is_function(zip_fun, 2)"]

  # Private functions a user's bad argument reaches, written by hand from what
  # Elixir 1.14 reports for them; `defp ` marks them.
  def heads(Enum, :to_sort_fun, 1),
    do: ["defp to_sort_fun(sorter) when is_function(sorter, 2)", "defp to_sort_fun(:asc)", "defp to_sort_fun(:desc)", "defp to_sort_fun(module) when is_atom(module)", "defp to_sort_fun({:asc, module}) when is_atom(module)", "defp to_sort_fun({:desc, module}) when is_atom(module)"]

  def heads(Enum, :min_sort_fun, 1),
    do: ["defp min_sort_fun(sorter) when is_function(sorter, 2)", "defp min_sort_fun(module) when is_atom(module)"]

  def heads(Enum, :max_sort_fun, 1),
    do: ["defp max_sort_fun(sorter) when is_function(sorter, 2)", "defp max_sort_fun(module) when is_atom(module)"]

  def heads(_module, _function, _arity), do: nil
end
