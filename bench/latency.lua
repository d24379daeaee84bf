-- wrk's --latency prints 50/75/90/99; this done() prints 50/95/99, which the bench scripts read.
done = function(summary, latency, requests)
  for _, p in pairs({50, 95, 99}) do
    io.write(string.format("    %d%%    %.2fms\n", p, latency:percentile(p) / 1000))
  end
end
