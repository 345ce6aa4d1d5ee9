package es.madrid.linea.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bench.load.LatencyRecorder.Window;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void onlyWhatHappensWhileTheWindowIsOpenCounts() {
        AtomicReference<Double> cpu = new AtomicReference<>(1.0);
        LatencyRecorder recorder = new LatencyRecorder(cpu::get);
        long now = System.nanoTime();
        recorder.success(now - TimeUnit.MILLISECONDS.toNanos(500)); // warm-up
        recorder.error();

        recorder.open();
        for (int i = 1; i <= 100; i++) {
            recorder.success(System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(i));
        }
        recorder.error();
        cpu.set(1.5);
        recorder.close();
        recorder.success(now); // drain

        Window window = recorder.window();
        assertThat(window.operations()).isEqualTo(100);
        assertThat(window.errors()).isEqualTo(1);
        assertThat(window.latency().p50()).isBetween(49.0, 52.0);
        assertThat(window.latency().p99()).isBetween(98.0, 101.0);
        assertThat(window.latency().max()).isBetween(99.0, 102.0);
        assertThat(window.serviceCpuMicrosPerOperation()).isEqualTo(5000.0);
    }

    @Test
    void anUnknownCpuTimeStaysUnknown() {
        LatencyRecorder recorder = new LatencyRecorder(() -> null);
        recorder.open();
        recorder.success(System.nanoTime());
        recorder.close();

        assertThat(recorder.window().serviceCpuMicrosPerOperation()).isNull();
    }
}
