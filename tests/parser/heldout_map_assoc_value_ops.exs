# Operators of lower precedence than `=>` on either side of it inside a map.
%{key => value :: integer}

%{key => left | right}

%{key => pattern when guard}

%{key => x <- source}

%{key => arg \\ default}

%{name :: atom => value}

%{head when cond => value}

%{old | key => one | other}

@type spec :: %{
        required(:id) => atom() | term(),
        optional(:opts) => opts :: keyword(),
        optional(tag) => count :: non_neg_integer
      }
