defmodule Float do
  @moduledoc """
  Functions for floating-point numbers (IEEE 754 doubles).

  Rounding with a precision works on the exact binary value of the float, so
  a float that is stored slightly below a halfway point (such as `2.675`)
  rounds down. Arithmetic itself lives in `Kernel`.
  """

  @type precision_range :: 0..15

  @doc "Reads a float from the start of `binary`; returns `{float, rest}` or `:error`."
  @spec parse(binary) :: {float, binary} | :error
  def parse(binary) when is_binary(binary) do
    {sign, rest} =
      case binary do
        <<?-, rest::binary>> -> {"-", rest}
        <<?+, rest::binary>> -> {"", rest}
        _ -> {"", binary}
      end

    case take_digits(rest, <<>>) do
      {<<>>, _} ->
        :error

      {whole, rest} ->
        {fraction, rest} = parse_fraction(rest)
        {exponent, rest} = parse_exponent(rest)
        text = sign <> whole <> "." <> fraction <> exponent

        try do
          {:erlang.binary_to_float(text), rest}
        rescue
          ArgumentError -> :error
        end
    end
  end

  defp take_digits(<<digit, rest::binary>>, acc) when digit >= ?0 and digit <= ?9 do
    take_digits(rest, <<acc::binary, digit>>)
  end

  defp take_digits(rest, acc), do: {acc, rest}

  defp parse_fraction(<<?., digit, _::binary>> = text) when digit >= ?0 and digit <= ?9 do
    <<?., rest::binary>> = text
    take_digits(rest, <<>>)
  end

  defp parse_fraction(rest), do: {"0", rest}

  defp parse_exponent(<<e, sign, digit, _::binary>> = text)
       when e in [?e, ?E] and sign in [?+, ?-] and digit >= ?0 and digit <= ?9 do
    <<_, _, rest::binary>> = text
    {digits, rest} = take_digits(rest, <<>>)
    {<<?e, sign, digits::binary>>, rest}
  end

  defp parse_exponent(<<e, digit, _::binary>> = text) when e in [?e, ?E] and digit >= ?0 and digit <= ?9 do
    <<_, rest::binary>> = text
    {digits, rest} = take_digits(rest, <<>>)
    {<<?e, digits::binary>>, rest}
  end

  defp parse_exponent(rest), do: {<<>>, rest}

  @doc "Rounds down to `precision` decimal places (0 to 15)."
  @spec floor(float, precision_range) :: float
  def floor(number, precision \\ 0)

  def floor(number, 0) when is_float(number), do: :math.floor(number)

  def floor(number, precision) when is_float(number) and is_integer(precision) do
    check_precision(precision)
    round_exact(number, precision, :floor)
  end

  @doc "Rounds up to `precision` decimal places (0 to 15)."
  @spec ceil(float, precision_range) :: float
  def ceil(number, precision \\ 0)

  def ceil(number, 0) when is_float(number), do: :math.ceil(number)

  def ceil(number, precision) when is_float(number) and is_integer(precision) do
    check_precision(precision)
    round_exact(number, precision, :ceil)
  end

  @doc "Rounds to `precision` decimal places (0 to 15); halves round away from zero."
  @spec round(float, precision_range) :: float
  def round(float, precision \\ 0)

  def round(float, 0) when is_float(float), do: :erlang.float(:erlang.round(float))

  def round(float, precision) when is_float(float) and is_integer(precision) do
    check_precision(precision)
    round_exact(float, precision, :half_up)
  end

  defp check_precision(precision) when precision >= 0 and precision <= 15, do: :ok

  defp check_precision(precision) do
    raise ArgumentError, "precision #{precision} is out of valid range of #{inspect(0..15)}"
  end

  # Scales the exact value of `float` by 10^precision, rounds it to an integer
  # in the given direction and reads the decimal result back as a float.
  # A zero keeps its sign; a non-zero that rounds to zero gives +0.0.
  defp round_exact(float, _precision, _mode) when float == 0, do: float

  defp round_exact(float, precision, mode) do
    {negative, mantissa, exponent} = decompose(float)
    scale = Integer.pow(10, precision)

    {numerator, denominator} =
      if exponent >= 0 do
        {mantissa * scale * Integer.pow(2, exponent), 1}
      else
        {mantissa * scale, Integer.pow(2, -exponent)}
      end

    quotient = div(numerator, denominator)
    remainder = rem(numerator, denominator)

    rounded =
      case {mode, negative} do
        {:half_up, _} -> if remainder * 2 >= denominator, do: quotient + 1, else: quotient
        {:floor, false} -> quotient
        {:floor, true} -> if remainder > 0, do: quotient + 1, else: quotient
        {:ceil, false} -> if remainder > 0, do: quotient + 1, else: quotient
        {:ceil, true} -> quotient
      end

    if rounded == 0, do: 0.0, else: decimal_float(negative, rounded, precision)
  end

  defp decimal_float(negative, rounded, precision) do
    digits = :erlang.integer_to_binary(rounded)
    padded = pad_zeros(digits, precision + 1 - byte_size(digits))
    whole_size = byte_size(padded) - precision
    <<whole::binary-size(whole_size), fraction::binary>> = padded
    sign = if negative, do: "-", else: ""
    :erlang.binary_to_float(sign <> whole <> "." <> fraction)
  end

  defp pad_zeros(digits, count) when count > 0, do: pad_zeros("0" <> digits, count - 1)
  defp pad_zeros(digits, _count), do: digits

  # Returns {negative?, mantissa, exponent} with |float| = mantissa * 2^exponent.
  defp decompose(float) do
    <<sign::1, biased::11, fraction::52>> = <<float::float>>

    {mantissa, exponent} =
      if biased == 0 do
        {fraction, -1074}
      else
        {fraction + 4_503_599_627_370_496, biased - 1075}
      end

    {sign == 1, mantissa, exponent}
  end

  @doc "Returns the exact value of `float` as `{numerator, denominator}`, in lowest terms."
  @spec ratio(float) :: {integer, pos_integer}
  def ratio(float) when is_float(float) do
    {negative, mantissa, exponent} = decompose(float)

    {numerator, denominator} =
      cond do
        mantissa == 0 -> {0, 1}
        exponent >= 0 -> {mantissa * Integer.pow(2, exponent), 1}
        true -> reduce_twos(mantissa, -exponent)
      end

    if negative, do: {-numerator, denominator}, else: {numerator, denominator}
  end

  defp reduce_twos(mantissa, power) when power > 0 and rem(mantissa, 2) == 0 do
    reduce_twos(div(mantissa, 2), power - 1)
  end

  defp reduce_twos(mantissa, power), do: {mantissa, Integer.pow(2, power)}

  @doc "Raises `base` to `exponent`; `base` must be a float."
  @spec pow(float, number) :: float
  def pow(base, exponent) when is_float(base) and is_number(exponent) do
    :math.pow(base, exponent)
  end

  @doc "Returns the largest finite float."
  @spec max_finite() :: float
  def max_finite, do: 1.7976931348623157e308

  @doc "Returns the smallest (most negative) finite float."
  @spec min_finite() :: float
  def min_finite, do: -1.7976931348623157e308

  @doc "Returns the shortest text that reads back as `float`."
  @spec to_string(float) :: String.t()
  def to_string(float) when is_float(float), do: :erlang.float_to_binary(float, [:short])

  @doc false
  @deprecated "Use :erlang.float_to_binary/2 instead"
  def to_string(float, options) when is_float(float) and is_list(options) do
    :erlang.float_to_binary(float, expand_options(options))
  end

  @doc "Returns the shortest charlist that reads back as `float`."
  @spec to_charlist(float) :: charlist
  def to_charlist(float) when is_float(float), do: :erlang.float_to_list(float, [:short])

  @doc false
  @deprecated "Use Float.to_charlist/1 instead"
  def to_char_list(float), do: :erlang.float_to_list(float, [:short])

  @doc false
  @deprecated "Use :erlang.float_to_list/2 instead"
  def to_char_list(float, options), do: :erlang.float_to_list(float, expand_options(options))

  defp expand_options([]), do: []
  defp expand_options([{:compact, true} | rest]), do: [:compact | expand_options(rest)]
  defp expand_options([{:compact, false} | rest]), do: expand_options(rest)
  defp expand_options([{:decimals, decimals} | rest]), do: [{:decimals, decimals} | expand_options(rest)]
  defp expand_options([{:scientific, digits} | rest]), do: [{:scientific, digits} | expand_options(rest)]
end
