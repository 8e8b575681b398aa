# A keyword that lost its colon, as a call argument.
configure(
  exclude: [:slow],
  include only_these,
  timeout: 100
)
