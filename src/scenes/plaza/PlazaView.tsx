import { useEffect, useMemo } from 'react';
import { Footsteps } from '../../audio/Footsteps';
import { weatherState } from '../../systems/weather';
import { createSharedUniforms } from '../../shaders/plaza/shared';
import { Atmosphere } from './Atmosphere';
import { Buildings } from './Buildings';
import { plazaConfig } from './config';
import { ConstantBuilding } from './ConstantBuilding';
import { Crowd } from './Crowd';
import { Ground } from './Ground';
import { Lake } from './Lake';
import { Phone } from './Phone';
import { Pills } from './Pills';
import { PlazaSound } from './PlazaSound';
import { Shards } from './Shards';
import { Sky } from './Sky';
import { createSunShadow } from './sun-shadow';
import { SunShadows } from './SunShadows';
import { Weather } from './Weather';

/** Wet stone in the rain, snow behind the line. */
const groundUnderfoot = () => (weatherState.current === 'rain' ? 'wet' : 'snow');

/**
 * New York, two streets from Central Park: the Matrix coming apart around a waiting crowd.
 * Every moving part is a shader driven by the scene clock, so each captured frame repeats.
 */
export function PlazaView() {
  // Plain uniform objects shared by every plaza material; nothing here holds GPU memory.
  const shared = useMemo(createSharedUniforms, []);
  const shadow = useMemo(() => createSunShadow(shared), [shared]);
  useEffect(() => () => shadow.dispose(), [shadow]);
  return (
    <>
      <color attach="background" args={[plazaConfig.background]} />
      <Atmosphere shared={shared} />
      <SunShadows shadow={shadow} />
      <Sky shared={shared} />
      <Ground shared={shared} shadow={shadow} />
      <Buildings shared={shared} />
      <ConstantBuilding />
      <Lake shared={shared} />
      <Crowd shared={shared} />
      <Shards shared={shared} />
      <Pills shared={shared} />
      <Weather shared={shared} />
      <Phone />
      <PlazaSound />
      <Footsteps surface={groundUnderfoot} />
    </>
  );
}
