export interface FilterSpec {
  type: BiquadFilterType;
  frequency: number;
  q?: number;
}

/**
 * A source through a filter into a gain, connected to `output`: the one shape most beds and
 * layers take. Every node made is pushed onto `made`, for its maker to dispose.
 */
export function filteredGain(source: AudioNode, output: AudioNode, filter: FilterSpec, gain: number, made: AudioNode[]): GainNode {
  return filtered(source, output, filter, gain, made).level;
}

/** As `filteredGain`, also handing back the filter, for a part that moves its frequency. */
export function filtered(source: AudioNode, output: AudioNode, filter: FilterSpec, gain: number, made: AudioNode[]): { biquad: BiquadFilterNode; level: GainNode } {
  const context = source.context;
  const biquad = context.createBiquadFilter();
  biquad.type = filter.type;
  biquad.frequency.value = filter.frequency;
  if (filter.q !== undefined) biquad.Q.value = filter.q;
  const level = context.createGain();
  level.gain.value = gain;
  source.connect(biquad).connect(level).connect(output);
  made.push(biquad, level);
  return { biquad, level };
}

/** A buffer looping from now on; pushed onto `made`. */
export function loopOf(context: BaseAudioContext, buffer: AudioBuffer, made: AudioNode[], playbackRate = 1): AudioBufferSourceNode {
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.loop = true;
  source.playbackRate.value = playbackRate;
  source.start();
  made.push(source);
  return source;
}

/** Stops and disconnects every node a maker made. */
export function disposeNodes(made: AudioNode[]): void {
  for (const node of made) {
    if (node instanceof AudioScheduledSourceNode) node.stop();
    node.disconnect();
  }
  made.length = 0;
}
