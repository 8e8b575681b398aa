defmodule :rand do
  @moduledoc """
  Erlang's pseudo-random number generator, written in Elixir with the same
  algorithms as OTP, so a seeded program draws exactly the numbers it draws
  on the BEAM.

  Algorithms: `:exsss` (Xorshift116**, the default), `:exsplus`
  (Xorshift116+) and `:exs1024s` (Xorshift1024*). States are
  `{handler, algorithm_state}`; the implicit state lives in the process
  dictionary under `:rand_seed`, as in OTP. Seeds go through SplitMix64.
  """

  import Bitwise

  @mask58 (1 <<< 58) - 1
  @mask64 (1 <<< 64) - 1
  @two_pow_minus53 1.0 / (1 <<< 53)
  @key :rand_seed

  # ---------------------------------------------------------------------------
  # Seeding

  def seed(alg_or_state) do
    state = seed_s(alg_or_state)
    :erlang.put(@key, state)
    state
  end

  def seed(alg, seed) do
    state = seed_s(alg, seed)
    :erlang.put(@key, state)
    state
  end

  def seed_s({%{type: _}, _} = state), do: state
  def seed_s({alg, alg_state}) when is_atom(alg), do: {handler(alg), alg_state}
  def seed_s(:default), do: seed_s(:exsss)
  def seed_s(alg) when is_atom(alg), do: seed_s(alg, clock_seed())

  def seed_s(:default, seed), do: seed_s(:exsss, seed)
  def seed_s(:exsss, seed), do: {handler(:exsss), exsss_seed(seed)}
  def seed_s(:exsplus, seed), do: {handler(:exsplus), exsplus_seed(seed)}
  def seed_s(:exrop, seed), do: {handler(:exrop), exsss_seed(seed)}
  def seed_s(:exs1024s, seed), do: {handler(:exs1024s), exs1024_seed(seed)}
  def seed_s(:exs1024, seed), do: {handler(:exs1024s), exs1024_seed(seed)}
  def seed_s(alg, _seed), do: :erlang.error(:badarg, [alg])

  def export_seed do
    case :erlang.get(@key) do
      {%{type: alg}, alg_state} -> {alg, alg_state}
      _ -> :undefined
    end
  end

  def export_seed_s({%{type: alg}, alg_state}), do: {alg, alg_state}

  defp handler(:exs1024s), do: %{type: :exs1024s, bits: 64, weak_low_bits: 3}
  defp handler(:exsplus), do: %{type: :exsplus, max: @mask58}
  defp handler(alg) when alg in [:exsss, :exrop], do: %{type: :exsss, bits: 58}
  defp handler(alg), do: :erlang.error(:badarg, [alg])

  defp clock_seed do
    {:erlang.phash2([{node(), self()}]), :erlang.system_time(), :erlang.unique_integer()}
  end

  defp current do
    case :erlang.get(@key) do
      {%{type: _}, _} = state -> state
      _ -> seed(:exsss)
    end
  end

  # One 64-bit step of SplitMix64: {output, next state}.
  defp splitmix64(x0) do
    x = x0 + 0x9E3779B97F4A7C15 &&& @mask64
    z = bxor(x, x >>> 30) * 0xBF58476D1CE4E5B9 &&& @mask64
    z = bxor(z, z >>> 27) * 0x94D049BB133111EB &&& @mask64
    {bxor(z, z >>> 31), x}
  end

  # A non-zero 58-bit word from SplitMix64.
  defp seed58(x) do
    {z, next} = splitmix64(x)

    case z &&& @mask58 do
      0 -> seed58(next)
      word -> {word, next}
    end
  end

  defp exsss_seed([s0 | s1]) when is_integer(s0) and is_integer(s1), do: [s0 | s1]

  defp exsss_seed(x) when is_integer(x) do
    {s0, x1} = seed58(x &&& @mask64)
    {s1, _} = seed58(x1)
    [s0 | s1]
  end

  defp exsss_seed({a1, a2, a3}) do
    {_, x0} = seed58(a1 &&& @mask64)
    {s0, x1} = seed58(bxor(a2 &&& @mask64, x0))
    {s1, _} = seed58(bxor(a3 &&& @mask64, x1))
    [s0 | s1]
  end

  defp exsplus_seed([s0 | s1]) when is_integer(s0) and is_integer(s1), do: [s0 | s1]
  defp exsplus_seed(x) when is_integer(x), do: exsss_seed(x)

  defp exsplus_seed({a1, a2, a3}) do
    {_, r1} =
      xorshift116([
        a1 * 4_294_967_197 + 1 &&& @mask58
        | a2 * 4_294_967_231 + 1 &&& @mask58
      ])

    {_, r2} = xorshift116([a3 * 4_294_967_279 + 1 &&& @mask58 | tl(r1)])
    r2
  end

  defp exs1024_seed({words, rest}) when is_list(words), do: {words, rest}

  defp exs1024_seed(x) when is_integer(x) do
    {:lists.reverse(splitmix_words(16, x &&& @mask64, [])), []}
  end

  # The tuple seed fills the ring with Xorshift64* from one 64-bit word.
  defp exs1024_seed({a1, a2, a3}) do
    b1 = ((a1 &&& 0x1FFFFF) + 1) * 2_097_131 &&& 0x1FFFFF
    b2 = ((a2 &&& 0x1FFFFF) + 1) * 2_097_133 &&& 0x1FFFFF
    b3 = ((a3 &&& 0x1FFFFF) + 1) * 2_097_143 &&& 0x1FFFFF
    {xorshift64_words(16, b1 <<< 43 ||| b2 <<< 22 ||| b3 <<< 1 ||| 1, []), []}
  end

  defp splitmix_words(0, _x, acc), do: acc

  defp splitmix_words(n, x, acc) do
    {z, next} = splitmix64(x)
    splitmix_words(n - 1, next, [z | acc])
  end

  defp xorshift64_words(0, _r, acc), do: acc

  defp xorshift64_words(n, r, acc) do
    r = bxor(r, r >>> 12)
    r = bxor(r, r <<< 25 &&& @mask64)
    r = bxor(r, r >>> 27)
    xorshift64_words(n - 1, r, [r * 2_685_821_657_736_338_717 &&& @mask64 | acc])
  end

  # ---------------------------------------------------------------------------
  # The generators: each returns {58- or 64-bit word, next state}.

  # The Xorshift116 state step shared by :exsss and :exsplus, returning the
  # new second word with the state.
  defp xorshift116([s1 | s0]) do
    s1 = bxor(s1, s1 <<< 24) &&& @mask58
    new = s1 |> bxor(s0) |> bxor(s1 >>> 11) |> bxor(s0 >>> 41)
    {s0 + new &&& @mask58, [s0 | new]}
  end

  defp next(%{type: :exsplus}, state), do: xorshift116(state)

  defp next(%{type: :exsss}, [s1 | s0]) do
    s1 = bxor(s1, s1 <<< 24) &&& @mask58
    new = s1 |> bxor(s0) |> bxor(s1 >>> 11) |> bxor(s0 >>> 41)
    v = s0 + (s0 <<< 2) &&& @mask58
    v = (v <<< 7 ||| v >>> 51) &&& @mask58
    {v + (v <<< 3) &&& @mask58, [s0 | new]}
  end

  defp next(%{type: :exs1024s}, {words, rest}), do: exs1024_next(words, rest)

  defp exs1024_next([s0, s1 | tail], rest) do
    s1 = bxor(s1, s1 <<< 31) &&& @mask64
    new = s1 |> bxor(s0) |> bxor(s1 >>> 11) |> bxor(s0 >>> 30)
    {new * 1_181_783_497_276_652_981 &&& @mask64, {[new | tail], [s0 | rest]}}
  end

  # The ring is a zipper: words still ahead, and those passed (reversed).
  defp exs1024_next([h], rest), do: exs1024_next([h | :lists.reverse(rest)], [])

  defp bits(%{bits: bits}), do: bits
  defp bits(%{max: _}), do: 58

  # ---------------------------------------------------------------------------
  # Drawing

  def uniform do
    {x, state} = uniform_s(current())
    :erlang.put(@key, state)
    x
  end

  def uniform(n) do
    {x, state} = uniform_s(n, current())
    :erlang.put(@key, state)
    x
  end

  def uniform_real do
    {x, state} = uniform_real_s(current())
    :erlang.put(@key, state)
    x
  end

  def uniform_s({%{max: max} = handler, alg_state}) do
    {v, alg_state} = next(handler, alg_state)
    {v / (max + 1), {handler, alg_state}}
  end

  def uniform_s({handler, alg_state}) do
    {v, alg_state} = next(handler, alg_state)
    {(v >>> (bits(handler) - 53)) * @two_pow_minus53, {handler, alg_state}}
  end

  def uniform_s(n, {%{max: max} = handler, alg_state})
      when is_integer(n) and n >= 1 and n <= max do
    {v, alg_state} = next(handler, alg_state)
    {rem(v, n) + 1, {handler, alg_state}}
  end

  # The older generators scale a float past their word size.
  def uniform_s(n, {%{max: _}, _} = state) when is_integer(n) and n >= 1 do
    {f, state} = uniform_s(state)
    {trunc(f * n) + 1, state}
  end

  def uniform_s(n, {handler, alg_state}) when is_integer(n) and n >= 1 do
    {v, alg_state} = next(handler, alg_state)
    bits = bits(handler)
    max_minus_range = (1 <<< bits) - n

    if max_minus_range >= 0 do
      i = rem(v, n)

      if v - i <= max_minus_range do
        {i + 1, {handler, alg_state}}
      else
        uniform_s(n, {handler, alg_state})
      end
    else
      big_range(n, handler, alg_state, v)
    end
  end

  def uniform_s(n, state), do: :erlang.error(:function_clause, [n, state])

  # A range wider than one word: shift in more words until the value has
  # two bits more than the range, then reject values from the biased top.
  defp big_range(n, handler, alg_state, v) do
    bits = bits(handler)
    weak = Map.get(handler, :weak_low_bits, 0)
    shift = bits - weak
    shift_mask = bnot((1 <<< weak) - 1)

    if (n &&& n - 1) == 0 do
      {v1, alg_state, _} = widen(n >>> bits, handler, alg_state, v, shift_mask, shift, bits)
      {(v1 &&& n - 1) + 1, {handler, alg_state}}
    else
      {v1, alg_state, b} = widen(n >>> (bits - 2), handler, alg_state, v, shift_mask, shift, bits)
      i = rem(v1, n)

      if v1 - i <= (1 <<< b) - n do
        {i + 1, {handler, alg_state}}
      else
        {v2, alg_state} = next(handler, alg_state)
        big_range(n, handler, alg_state, v2)
      end
    end
  end

  defp widen(range, _handler, alg_state, v, _mask, _shift, bits) when range <= 1,
    do: {v, alg_state, bits}

  defp widen(range, handler, alg_state, v, mask, shift, bits) do
    {v1, alg_state} = next(handler, alg_state)
    v = bor((v &&& mask) <<< shift, v1)
    widen(range >>> shift, handler, alg_state, v, mask, shift, bits + shift)
  end

  # A float in (0.0, 1.0) with 53 significant bits wherever it lies: small
  # values take more words from the generator.
  def uniform_real_s({handler, alg_state}) do
    {v, alg_state} = next(handler, alg_state)
    m = v >>> (bits(handler) - 56)
    real(m, -56, handler, alg_state)
  end

  defp real(m, exp, handler, alg_state) when m >= 1 <<< 52 do
    drop = bit_length(m) - 53
    {(m >>> drop) * :math.pow(2.0, exp + drop), {handler, alg_state}}
  end

  defp real(0, exp, handler, alg_state) when exp < -1064 do
    {0.0, {handler, alg_state}}
  end

  defp real(m, exp, handler, alg_state) do
    {v, alg_state} = next(handler, alg_state)
    more = bits(handler) - 3
    extra = v >>> (bits(handler) - more)
    real((m <<< more) + extra, exp - more, handler, alg_state)
  end

  defp bit_length(0), do: 0
  defp bit_length(n), do: 1 + bit_length(n >>> 1)

  @doc "A standard normal deviate (Box-Muller over two uniform draws)."
  def normal do
    {x, state} = normal_s(current())
    :erlang.put(@key, state)
    x
  end

  def normal(mean, variance) do
    mean + :math.sqrt(variance) * normal()
  end

  def normal_s(state) do
    {u1, state} = uniform_real_s(state)
    {u2, state} = uniform_s(state)
    {:math.sqrt(-2.0 * :math.log(u1)) * :math.cos(2.0 * :math.pi() * u2), state}
  end

  def normal_s(mean, variance, state) do
    {x, state} = normal_s(state)
    {mean + :math.sqrt(variance) * x, state}
  end

  def bytes(n) do
    {bin, state} = bytes_s(n, current())
    :erlang.put(@key, state)
    bin
  end

  # Whole bytes from each word, skipping its weak low bits; the last, partial
  # chunk takes the bytes just below the top of the word's good bits, as OTP does.
  def bytes_s(n, {handler, _} = state) when is_integer(n) and n >= 0 do
    bits = bits(handler)
    good = (bits - Map.get(handler, :weak_low_bits, if(Map.has_key?(handler, :max), do: 1, else: 0))) >>> 3
    bytes_s(n, state, good, bits - good * 8, <<>>)
  end

  defp bytes_s(0, state, _good, _shift, acc), do: {acc, state}

  defp bytes_s(n, {handler, alg_state}, good, shift, acc) when n > good do
    {v, alg_state} = next(handler, alg_state)
    word = v >>> shift
    bytes_s(n - good, {handler, alg_state}, good, shift, <<acc::binary, word::size(good * 8)>>)
  end

  defp bytes_s(n, {handler, alg_state}, good, _shift, acc) do
    {v, alg_state} = next(handler, alg_state)
    size = n * 8
    word = v >>> (good * 8 - size)
    {<<acc::binary, word::size(size)>>, {handler, alg_state}}
  end
end
