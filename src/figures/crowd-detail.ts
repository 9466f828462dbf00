/** The crowd's bones, as the crowd's vertex shader numbers them (crowd.vert.glsl). */
export const CROWD_BONE = { root: 0, chest: 1, head: 2, upperArmL: 3, foreArmL: 4, upperArmR: 5, foreArmR: 6, upLegL: 7, legL: 8, upLegR: 9, legR: 10 } as const;
export const CROWD_BONE_COUNT = 11;

/** Which colour a corner takes; the hats, long hair and the cloud are folded away where not worn. */
export const CROWD_SLOT = { coat: 0, skin: 1, hair: 2, trousers: 3, shoes: 4, scarf: 5, fedora: 6, beanie: 7, longHair: 8, cloud: 9, crown: 10 } as const;

/** How finely a crowd body is made: the rows of its coat and head, the corners round each, and which extras it has. */
export interface CrowdDetail {
  name: string;
  /** Corners round the coat, the head, the scarf and the hats. */
  round: number;
  /** Corners round an arm or a leg. */
  limbRound: number;
  /** Where the coat's rings are, as fractions from the hips (0) to the neck (1); below 0 is the skirt. */
  coatRings: number[];
  /** Where the head's rings are, in head heights above the chin. */
  headRings: number[];
  /** A ring for the neck under the head (else the head closes on a point under the chin). */
  neck: boolean;
  /** Arms at all (the most distant people are a few pixels tall). */
  arms: boolean;
  /** Close the limbs' ends and the coat's hem (seen only up close or from below). */
  closed: boolean;
  /** Elbows and knees (else a limb turns at the shoulder or the hip only). */
  elbows: boolean;
  knees: boolean;
  hands: boolean;
  shoes: boolean;
  hairShell: boolean;
  longHair: boolean;
  scarf: boolean;
  fedora: boolean;
  /** A knitted hat as its own shell; without one, a beanie is the crown of the head painted. */
  beanie: boolean;
  /** The puffs of a businessman's cloud (0: none). */
  cloudPuffs: number;
}

/** Near (the front ranks), middle, far and distant: the layout's figures are sorted nearest first and split by count (crowd-lod.ts). */
export const CROWD_DETAILS: readonly CrowdDetail[] = [
  {
    name: 'near',
    round: 8,
    limbRound: 5,
    coatRings: [-1.0, -0.5, 0, 0.45, 0.78, 0.93],
    headRings: [0.15, 0.4, 0.65, 0.88],
    neck: true,
    arms: true,
    closed: true,
    elbows: true,
    knees: true,
    hands: true,
    shoes: true,
    hairShell: true,
    longHair: true,
    scarf: true,
    fedora: true,
    beanie: true,
    cloudPuffs: 2,
  },
  {
    name: 'middle',
    round: 5,
    limbRound: 3,
    coatRings: [-0.95, 0.2, 0.9],
    headRings: [0.35, 0.8],
    neck: true,
    arms: true,
    closed: false,
    elbows: true,
    knees: false,
    hands: false,
    shoes: false,
    hairShell: false,
    longHair: false,
    scarf: false,
    fedora: true,
    beanie: false,
    cloudPuffs: 1,
  },
  {
    name: 'far',
    round: 4,
    limbRound: 3,
    coatRings: [-0.9, 0.88],
    headRings: [0.45],
    neck: false,
    arms: true,
    closed: false,
    elbows: false,
    knees: false,
    hands: false,
    shoes: false,
    hairShell: false,
    longHair: false,
    scarf: false,
    fedora: false,
    beanie: false,
    cloudPuffs: 0,
  },
  {
    name: 'distant',
    round: 3,
    limbRound: 3,
    coatRings: [-0.9, 0.88],
    headRings: [0.45],
    neck: false,
    arms: false,
    closed: false,
    elbows: false,
    knees: false,
    hands: false,
    shoes: false,
    hairShell: false,
    longHair: false,
    scarf: false,
    fedora: false,
    beanie: false,
    cloudPuffs: 0,
  },
];
