# Map.fetch!/2 on a missing key.
settings = Map.new(port: 4000, host: "localhost")
IO.puts("port #{settings.port}")
IO.puts("timeout #{Map.fetch!(settings, :timeout)}")
