/**
 * Records what the mix plays, sample for sample, for tests and tools that listen by analysis
 * (a spectrogram, a pitch track). An AudioWorklet copies blocks off the audio thread, so nothing
 * is lost while the page's main thread is busy rendering. Made on first use only.
 */
const WORKLET = `
class SalvageTap extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) this.port.postMessage(channel.slice(0));
    return true;
  }
}
registerProcessor('salvage-tap', SalvageTap);
`;

export class MixRecorder {
  private node: Promise<AudioWorkletNode> | null = null;

  constructor(
    private readonly context: AudioContext,
    private readonly tap: AudioNode,
  ) {}

  /** The next `seconds` of the mix (its first channel), at the context's sample rate. */
  async record(seconds: number): Promise<Float32Array> {
    const node = await (this.node ??= this.make());
    const wanted = Math.round(seconds * this.context.sampleRate);
    const out = new Float32Array(wanted);
    let filled = 0;
    return new Promise((resolve) => {
      node.port.onmessage = (event: MessageEvent<Float32Array>) => {
        const block = event.data;
        const take = Math.min(block.length, wanted - filled);
        out.set(block.subarray(0, take), filled);
        filled += take;
        if (filled >= wanted) {
          node.port.onmessage = null;
          resolve(out);
        }
      };
    });
  }

  dispose(): void {
    void this.node?.then((n) => n.disconnect());
  }

  private async make(): Promise<AudioWorkletNode> {
    const url = URL.createObjectURL(new Blob([WORKLET], { type: 'application/javascript' }));
    try {
      await this.context.audioWorklet.addModule(url);
    } finally {
      URL.revokeObjectURL(url);
    }
    const node = new AudioWorkletNode(this.context, 'salvage-tap', { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit' });
    // Silent, but reaching the destination, so the audio thread pulls it every block.
    const mute = this.context.createGain();
    mute.gain.value = 0;
    this.tap.connect(node).connect(mute).connect(this.context.destination);
    return node;
  }
}
