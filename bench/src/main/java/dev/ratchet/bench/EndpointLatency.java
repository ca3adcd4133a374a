package dev.ratchet.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Fixed-rate HTTP load from a process of its own: one GET every 1/rate seconds over a
 * keep-alive connection, latency measured from the moment each request was due (so a
 * slow response delays the next one and is counted, not hidden), then p50, p99 and max.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar dev.ratchet.bench.EndpointLatency URL [RATE] [SECONDS] [WARMUP_SECONDS]}
 */
public final class EndpointLatency {

	private EndpointLatency() {
	}

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		int rate = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 30;
		int warmup = (args.length > 3) ? Integer.parseInt(args[3]) : 10;
		try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
			socket.setTcpNoDelay(true);
			byte[] request = ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
					+ "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			run(in, out, request, rate, warmup);
			long[] latencies = run(in, out, request, rate, seconds);
			Arrays.sort(latencies);
			System.out.printf(Locale.ROOT,
					"%s at %d requests/s for %d s (%d requests): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
					uri, rate, seconds, latencies.length, millis(latencies, 0.50), millis(latencies, 0.90),
					millis(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
		}
	}

	private static long[] run(InputStream in, OutputStream out, byte[] request, int rate, int seconds)
			throws IOException, InterruptedException {
		int total = rate * seconds;
		long interval = 1_000_000_000L / rate;
		long[] latencies = new long[total];
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			out.write(request);
			out.flush();
			int status = readResponse(in);
			latencies[i] = System.nanoTime() - due;
			if (status != 200) {
				throw new IllegalStateException("request " + i + " answered " + status);
			}
		}
		return latencies;
	}

	private static int readResponse(InputStream in) throws IOException {
		String statusLine = readLine(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		int length = -1;
		boolean chunked = false;
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			String header = line.toLowerCase(Locale.ROOT);
			if (header.startsWith("content-length:")) {
				length = Integer.parseInt(header.substring(15).trim());
			}
			else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
				chunked = true;
			}
		}
		if (chunked) {
			for (int size = Integer.parseInt(readLine(in).trim(), 16); size > 0; size = Integer
				.parseInt(readLine(in).trim(), 16)) {
				in.readNBytes(size);
				readLine(in);
			}
			readLine(in);
		}
		else if (length > 0) {
			in.readNBytes(length);
		}
		return status;
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	private static double millis(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
