/**
 * The model's parts a simulator loads after its engine (model-engine.ts), because a first toggle
 * needs none of them: the presets and the link decoder (a scenario or a link to open), the
 * smallest-fix search (a trace's suggestion) and the PowerShell readout. Everything here is pure.
 */
export { linkLoaded, presetLoaded, presetStart } from '../model/load';
export { powershellReadout } from '../model/powershell';
export { smallestFix } from '../model/smallest-fix';
export { sourceUrl } from '../model/sources';
