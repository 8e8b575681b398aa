defmodule :ets do
  @moduledoc """
  Erlang term storage, kept by one server process (registered as
  `:vial_ets_server`, started on first use) that owns every table: each call
  is a message round trip, so updates from several processes are serialised.
  A table is deleted when the process that created it exits.
  Tables are `:set`, `:ordered_set`, `:bag` or `:duplicate_bag` with a
  `:keypos`; a `:set` lists its objects in key order, not in hash order.
  `match/2`, `match_object/2` and `select/2` read patterns with `:_` and
  `:"$1"`-style variables; match specifications take the common guards.
  """

  @server :vial_ets_server

  def new(name, options) when is_atom(name) and is_list(options) do
    type = Enum.find([:set, :ordered_set, :bag, :duplicate_bag], :set, &(&1 in options))
    keypos = Enum.find_value(options, 1, fn {:keypos, n} -> n; _ -> nil end)
    named = :named_table in options
    call({:new, name, type, keypos, named, self()})
  end

  def new(_name, _options), do: badarg(1, "not an atom")

  def insert(tab, object) when is_tuple(object), do: insert(tab, [object])
  def insert(tab, objects) when is_list(objects), do: call({:insert, tab, objects, false})

  def insert_new(tab, object) when is_tuple(object), do: insert_new(tab, [object])
  def insert_new(tab, objects) when is_list(objects), do: call({:insert, tab, objects, true})

  def lookup(tab, key), do: call({:lookup, tab, key})
  def member(tab, key), do: call({:lookup, tab, key}) != []

  def lookup_element(tab, key, pos) do
    case call({:lookup, tab, key}) do
      [] -> badarg(2, "not a key that exists in the table")
      [object] when tuple_size(object) >= pos -> elem(object, pos - 1)
      [_] -> badarg(3, "out of range")
      objects -> Enum.map(objects, &elem(&1, pos - 1))
    end
  end

  def delete(tab), do: call({:delete_table, tab})
  def delete(tab, key), do: call({:delete, tab, key})
  def delete_object(tab, object), do: call({:delete_object, tab, object})
  def delete_all_objects(tab), do: call({:delete_all, tab})

  def tab2list(tab), do: call({:all, tab})
  def first(tab), do: tab |> keys() |> List.first(:"$end_of_table")
  def last(tab), do: tab |> keys() |> List.last(:"$end_of_table")

  def next(tab, key) do
    case tab |> keys() |> Enum.drop_while(&(&1 != key)) do
      [_, next | _] -> next
      _ -> :"$end_of_table"
    end
  end

  def prev(tab, key) do
    case tab |> keys() |> Enum.reverse() |> Enum.drop_while(&(&1 != key)) do
      [_, prev | _] -> prev
      _ -> :"$end_of_table"
    end
  end

  def foldl(fun, acc, tab), do: tab |> tab2list() |> List.foldl(acc, fun)
  def foldr(fun, acc, tab), do: tab |> tab2list() |> List.foldr(acc, fun)

  def update_counter(tab, key, incr), do: call({:update_counter, tab, key, incr, nil})
  def update_counter(tab, key, incr, default), do: call({:update_counter, tab, key, incr, default})

  def update_element(tab, key, {_, _} = change), do: update_element(tab, key, [change])
  def update_element(tab, key, changes) when is_list(changes), do: call({:update_element, tab, key, changes})

  def take(tab, key), do: call({:take, tab, key})

  def match_object(tab, pattern) do
    tab |> tab2list() |> Enum.filter(&matches?(pattern, &1))
  end

  @doc "The bindings of `:\"$1\"`, `:\"$2\"`, ... for each object matching `pattern`, in variable order."
  def match(tab, pattern) do
    for object <- tab2list(tab), {:ok, binds} <- [bind(pattern, object, %{})] do
      binds |> Enum.sort() |> Enum.map(&elem(&1, 1))
    end
  end

  def match_delete(tab, pattern) do
    tab |> match_object(pattern) |> Enum.each(&delete_object(tab, &1))
    true
  end

  @doc "Objects through a match specification `[{pattern, guards, [result]}]`."
  def select(tab, spec) when is_list(spec) do
    for object <- tab2list(tab), result <- select_one(spec, object), do: result
  end

  def select_count(tab, spec), do: tab |> select(spec) |> Enum.count(&(&1 == true))

  @doc "A match specification ready for `match_spec_run/2` (here the specification itself)."
  def match_spec_compile(spec) when is_list(spec), do: spec

  @doc "The results of a (compiled) match specification over the terms of `list`."
  def match_spec_run(list, spec) when is_list(list) and is_list(spec) do
    for object <- list, result <- select_one(spec, object), do: result
  end

  def select_delete(tab, spec) do
    doomed = for object <- tab2list(tab), select_one(spec, object) == [true], do: object
    Enum.each(doomed, &delete_object(tab, &1))
    length(doomed)
  end

  defp select_one([], _object), do: []

  defp select_one([{pattern, guards, [body]} | rest], object) do
    with {:ok, binds} <- bind(pattern, object, %{}),
         true <- Enum.all?(guards, &(eval_ms(&1, binds, object) == true)) do
      [eval_ms(body, binds, object)]
    else
      _ -> select_one(rest, object)
    end
  end

  defp bind(:_, _term, binds), do: {:ok, binds}

  defp bind(var, term, binds) when is_atom(var) do
    case ms_var(var) do
      nil -> if var === term, do: {:ok, binds}, else: :error
      n -> bind_var(n, term, binds)
    end
  end

  defp bind(pattern, term, binds) when is_tuple(pattern) and is_tuple(term) and tuple_size(pattern) == tuple_size(term),
    do: bind(Tuple.to_list(pattern), Tuple.to_list(term), binds)

  defp bind([p | ps], [t | ts], binds) do
    with {:ok, binds} <- bind(p, t, binds), do: bind(ps, ts, binds)
  end

  defp bind(same, other, binds), do: if(same === other, do: {:ok, binds}, else: :error)

  defp bind_var(n, term, binds) do
    case Map.fetch(binds, n) do
      {:ok, ^term} -> {:ok, binds}
      {:ok, _} -> :error
      :error -> {:ok, Map.put(binds, n, term)}
    end
  end

  defp ms_var(atom) do
    case Atom.to_string(atom) do
      "$" <> digits -> if digits =~ ~r/^[0-9]+$/, do: String.to_integer(digits)
      _ -> nil
    end
  end

  @ms_ops %{
    :== => &==/2, :"=:=" => &===/2, :"/=" => &!=/2, :"=/=" => &!==/2, :< => &</2, :> => &>/2,
    :"=<" => &<=/2, :>= => &>=/2, :+ => &+/2, :- => &-/2, :* => &*/2, :div => &div/2, :rem => &rem/2
  }

  defp eval_ms(:"$_", _binds, object), do: object
  defp eval_ms(:"$$", binds, _object), do: binds |> Enum.sort() |> Enum.map(&elem(&1, 1))
  defp eval_ms({:const, value}, _binds, _object), do: value
  defp eval_ms({tuple}, binds, object) when is_tuple(tuple), do: tuple |> Tuple.to_list() |> Enum.map(&eval_ms(&1, binds, object)) |> List.to_tuple()
  defp eval_ms({:andalso, a, b}, binds, object), do: eval_ms(a, binds, object) == true and eval_ms(b, binds, object) == true
  defp eval_ms({:orelse, a, b}, binds, object), do: eval_ms(a, binds, object) == true or eval_ms(b, binds, object) == true
  defp eval_ms({:not, a}, binds, object), do: eval_ms(a, binds, object) != true

  defp eval_ms({op, a, b}, binds, object) when is_map_key(@ms_ops, op),
    do: @ms_ops[op].(eval_ms(a, binds, object), eval_ms(b, binds, object))

  defp eval_ms({guard, a}, binds, object) when guard in [:is_integer, :is_atom, :is_binary, :is_list, :is_tuple, :is_number, :is_float],
    do: apply(Kernel, guard, [eval_ms(a, binds, object)])

  defp eval_ms(list, binds, object) when is_list(list), do: Enum.map(list, &eval_ms(&1, binds, object))

  defp eval_ms(atom, binds, _object) when is_atom(atom) do
    case ms_var(atom) do
      nil -> atom
      n -> Map.fetch!(binds, n)
    end
  end

  defp eval_ms(other, _binds, _object), do: other

  def whereis(name), do: call({:whereis, name})
  def info(tab), do: call({:info, tab})

  def info(tab, item) do
    case info(tab) do
      :undefined -> :undefined
      info -> Keyword.get(info, item)
    end
  end

  def rename(tab, name), do: call({:rename, tab, name})

  defp keys(tab), do: tab |> tab2list() |> Enum.map(&elem(&1, call({:keypos, tab}) - 1)) |> Enum.uniq()

  defp matches?(:_, _), do: true

  defp matches?(pattern, term) when is_tuple(pattern) and is_tuple(term) and tuple_size(pattern) == tuple_size(term),
    do: matches?(Tuple.to_list(pattern), Tuple.to_list(term))

  defp matches?([p | ps], [t | ts]), do: matches?(p, t) and matches?(ps, ts)
  defp matches?(same, same), do: true
  defp matches?(_, _), do: false

  defp badarg(position, why) do
    nth = Enum.at(~w(1st 2nd 3rd 4th), position - 1)
    raise ArgumentError, "errors were found at the given arguments:\n\n  * #{nth} argument: #{why}\n"
  end

  defp call(request) do
    ref = make_ref()
    send(server(), {:ets, self(), ref, request})

    receive do
      {^ref, {:badarg, position, why}} -> badarg(position, why)
      {^ref, reply} -> reply
    end
  end

  defp server do
    case Process.whereis(@server) do
      nil ->
        pid = spawn(fn -> loop(%{}, %{}) end)

        try do
          Process.register(pid, @server)
          pid
        rescue
          ArgumentError ->
            Process.exit(pid, :kill)
            Process.whereis(@server)
        end

      pid ->
        pid
    end
  end

  @no_table {:badarg, 1, "the table identifier does not refer to an existing ETS table"}

  defp loop(tables, names) do
    receive do
      {:ets, from, ref, {:new, _, _, _, _, owner} = request} ->
        # A table dies with the process that created it, as on the BEAM
        # (a named table made in an ExUnit setup is gone after the test).
        unless Enum.any?(tables, fn {_, t} -> t.owner == owner end), do: Process.monitor(owner)
        {reply, tables, names} = handle(request, tables, names)
        send(from, {ref, reply})
        loop(tables, names)

      {:ets, from, ref, request} ->
        {reply, tables, names} = handle(request, tables, names)
        send(from, {ref, reply})
        loop(tables, names)

      {:DOWN, _ref, :process, owner, _reason} ->
        {gone, kept} = Enum.split_with(tables, fn {_, t} -> t.owner == owner end)
        names = Enum.reduce(gone, names, fn {_, t}, acc -> if t.named, do: Map.delete(acc, t.name), else: acc end)
        loop(Map.new(kept), names)
    end
  end

  defp resolve(tab, tables, names) do
    id = if is_atom(tab), do: Map.get(names, tab), else: tab
    if Map.has_key?(tables, id), do: {:ok, id, tables[id]}, else: :error
  end

  defp handle({:new, name, type, keypos, named, owner}, tables, names) do
    cond do
      named and Map.has_key?(names, name) ->
        {{:badarg, 1, "table name already exists"}, tables, names}

      true ->
        id = if named, do: name, else: make_ref()
        table = %{id: id, type: type, keypos: keypos, data: %{}, name: name, named: named, owner: owner}
        names = if named, do: Map.put(names, name, id), else: names
        {id, Map.put(tables, id, table), names}
    end
  end

  defp handle({:whereis, name}, tables, names), do: {Map.get(names, name, :undefined), tables, names}

  defp handle(request, tables, names) do
    tab = elem(request, 1)

    case resolve(tab, tables, names) do
      :error ->
        if elem(request, 0) == :info, do: {:undefined, tables, names}, else: {@no_table, tables, names}

      {:ok, id, table} ->
        case on_table(request, table) do
          {:drop, reply} ->
            {reply, Map.delete(tables, id), if(table.named, do: Map.delete(names, table.name), else: names)}

          {:rename, name} ->
            cond do
              not table.named -> {{:badarg, 1, "not a named table"}, tables, names}
              Map.has_key?(names, name) -> {{:badarg, 2, "table name already exists"}, tables, names}
              true ->
                tables = tables |> Map.delete(id) |> Map.put(name, %{table | name: name, id: name})
                {name, tables, names |> Map.delete(table.name) |> Map.put(name, name)}
            end

          {reply, table} ->
            {reply, Map.put(tables, id, table), names}

          reply ->
            {reply, tables, names}
        end
    end
  end

  defp on_table({:keypos, _}, table), do: table.keypos

  defp on_table({:insert, _, objects, only_new}, table) do
    if Enum.any?(objects, &(not is_tuple(&1) or tuple_size(&1) < table.keypos)) do
      {:badarg, 2, "not a tuple or a list of tuples of at least keypos elements"}
    else
      key = &elem(&1, table.keypos - 1)

      if only_new and Enum.any?(objects, &Map.has_key?(table.data, key.(&1))) do
        false
      else
        data = Enum.reduce(objects, table.data, &put_object(table.type, key.(&1), &1, &2))
        {true, %{table | data: data}}
      end
    end
  end

  defp on_table({:lookup, _, key}, table) do
    case {table.type, Map.fetch(table.data, key)} do
      {_, :error} -> []
      {type, {:ok, object}} when type in [:set, :ordered_set] -> [object]
      {_, {:ok, objects}} -> objects
    end
  end

  defp on_table({:delete_table, _}, _table), do: {:drop, true}
  defp on_table({:delete, _, key}, table), do: {true, %{table | data: Map.delete(table.data, key)}}
  defp on_table({:delete_all, _}, table), do: {true, %{table | data: %{}}}
  defp on_table({:rename, _, name}, _table), do: {:rename, name}

  defp on_table({:delete_object, _, object}, table) do
    key = elem(object, table.keypos - 1)

    data =
      case {table.type, Map.fetch(table.data, key)} do
        {_, :error} -> table.data
        {type, {:ok, ^object}} when type in [:set, :ordered_set] -> Map.delete(table.data, key)
        {type, _} when type in [:set, :ordered_set] -> table.data
        {_, {:ok, objects}} -> bag_put(table.data, key, Enum.reject(objects, &(&1 === object)))
      end

    {true, %{table | data: data}}
  end

  defp on_table({:all, _}, table) do
    entries = Enum.sort_by(table.data, &elem(&1, 0))

    case table.type do
      type when type in [:set, :ordered_set] -> Enum.map(entries, &elem(&1, 1))
      _ -> Enum.flat_map(entries, &elem(&1, 1))
    end
  end

  defp on_table({:take, _, key}, table) do
    {[on_table({:lookup, nil, key}, table)], %{table | data: Map.delete(table.data, key)}}
    |> then(fn {[found], table} -> {found, table} end)
  end

  defp on_table({:update_counter, _, key, incr, default}, table) do
    object =
      case {Map.fetch(table.data, key), default} do
        {{:ok, object}, _} -> object
        {:error, nil} -> nil
        {:error, default} -> default
      end

    cond do
      table.type not in [:set, :ordered_set] -> {:badarg, 1, "the table type is not a set"}
      object == nil -> {:badarg, 2, "not a key that exists in the table"}
      true -> counter(table, key, object, incr)
    end
  end

  defp on_table({:update_element, _, key, changes}, table) do
    case Map.fetch(table.data, key) do
      :error ->
        false

      {:ok, object} ->
        object = Enum.reduce(changes, object, fn {pos, value}, acc -> put_elem(acc, pos - 1, value) end)
        {true, %{table | data: Map.put(table.data, key, object)}}
    end
  end

  defp on_table({:info, _}, table) do
    size =
      if table.type in [:set, :ordered_set],
        do: map_size(table.data),
        else: table.data |> Map.values() |> Enum.map(&length/1) |> Enum.sum()

    [
      id: table.id,
      name: table.name,
      size: size,
      type: table.type,
      keypos: table.keypos,
      named_table: table.named,
      owner: table.owner,
      protection: :protected
    ]
  end

  defp counter(table, key, object, ops) when is_list(ops) do
    {values, object} =
      Enum.map_reduce(ops, object, fn op, acc ->
        {pos, value} = bump(acc, table.keypos, op)
        {value, put_elem(acc, pos - 1, value)}
      end)

    {values, %{table | data: Map.put(table.data, key, object)}}
  end

  defp counter(table, key, object, op) do
    {pos, value} = bump(object, table.keypos, op)
    {value, %{table | data: Map.put(table.data, key, put_elem(object, pos - 1, value))}}
  end

  defp bump(object, keypos, incr) when is_integer(incr), do: bump(object, keypos, {keypos + 1, incr})
  defp bump(object, _keypos, {pos, incr}), do: {pos, elem(object, pos - 1) + incr}

  defp bump(object, _keypos, {pos, incr, threshold, set_value}) do
    value = elem(object, pos - 1) + incr

    cond do
      incr >= 0 and value > threshold -> {pos, set_value}
      incr < 0 and value < threshold -> {pos, set_value}
      true -> {pos, value}
    end
  end

  defp put_object(type, key, object, data) when type in [:set, :ordered_set], do: Map.put(data, key, object)

  defp put_object(:bag, key, object, data) do
    objects = Map.get(data, key, [])
    if object in objects, do: data, else: Map.put(data, key, objects ++ [object])
  end

  defp put_object(:duplicate_bag, key, object, data), do: Map.update(data, key, [object], &(&1 ++ [object]))

  defp bag_put(data, key, []), do: Map.delete(data, key)
  defp bag_put(data, key, objects), do: Map.put(data, key, objects)
end
